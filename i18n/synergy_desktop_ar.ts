<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Synergy Desktop</source>
        <translation>حول Synergy Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;An offline tool for national teams working through the options for synergies among the biodiversity-related conventions (CBD decision XIII/24, Annex I).&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;أداة تعمل دون اتصال بالإنترنت، تساعد الأفرقة الوطنية على دراسة خيارات تحقيق أوجه التآزر فيما بين الاتفاقيات المتعلقة بالتنوع البيولوجي (مقرر اتفاقية التنوع البيولوجي 13/24، المرفق الأول).&lt;/p&gt;&lt;p&gt;مساحة العمل: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>(لا توجد مساحة عمل مفتوحة)</translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <source>Option description</source>
        <translation>وصف الخيار</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>تحديد تاريخ مستهدف</translation>
    </message>
    <message>
        <source>Ministry, agency or unit that leads</source>
        <translation>الوزارة أو الوكالة أو الوحدة الرائدة</translation>
    </message>
    <message>
        <source>Show or hide the option's text and guidance</source>
        <translation>إظهار نص الخيار وإرشاداته أو إخفاؤها</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>What this workspace shows</source>
        <translation>ما تُظهره مساحة العمل هذه</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>The rating must be 0 to 4, "na" (not applicable) or "nyd" (not yet discussed), not "%1".</source>
        <translation>يجب أن يكون التقدير من 0 إلى 4، أو "na" (غير منطبق) أو "nyd" (لم يُناقش بعد)، وليس "%1".</translation>
    </message>
    <message>
        <source>The priority must be high, medium or low, not "%1".</source>
        <translation>يجب أن تكون الأولوية high (عالية) أو medium (متوسطة) أو low (منخفضة)، وليس "%1".</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>يجب أن يكون %1 نصاً.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>النص أطول من اللازم (عدد الأحرف: %1؛ الحد الأقصى: %2).</translation>
    </message>
    <message>
        <source>There is no answer field "%1".</source>
        <translation>لا يوجد حقل إجابة باسم "%1".</translation>
    </message>
    <message>
        <source>Conventions must be a list of codes.</source>
        <translation>يجب أن تكون الاتفاقيات قائمة من الرموز.</translation>
    </message>
    <message>
        <source>"%1" is not a known convention code. Known codes: %2.</source>
        <translation>"%1" ليس رمز اتفاقية معروفاً. الرموز المعروفة: %2.</translation>
    </message>
    <message>
        <source>The target date must be a date written as YYYY-MM-DD, not "%1".</source>
        <translation>يجب أن يكون التاريخ المستهدف تاريخاً مكتوباً بالصيغة YYYY-MM-DD، وليس "%1".</translation>
    </message>
</context>
<context>
    <name>AreaScoresModel</name>
    <message numerus="yes">
        <source>+%n point(s)</source>
        <translation>
            <numerusform>+%n نقطة</numerusform>
            <numerusform>+%n نقطة</numerusform>
            <numerusform>+%n نقطتان</numerusform>
            <numerusform>+%n نقاط</numerusform>
            <numerusform>+%n نقطة</numerusform>
            <numerusform>+%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n point(s)</source>
        <translation>
            <numerusform>−%n نقطة</numerusform>
            <numerusform>−%n نقطة</numerusform>
            <numerusform>−%n نقطتان</numerusform>
            <numerusform>−%n نقاط</numerusform>
            <numerusform>−%n نقطة</numerusform>
            <numerusform>−%n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>جميع المجالات</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>الجولة السابقة</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>الجولة اللاحقة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>← &amp;Previous option</source>
        <translation>→ الخيار السا&amp;بق</translation>
    </message>
    <message>
        <source>Previous option (Alt+Up)</source>
        <translation>الخيار السابق (Alt+Up)</translation>
    </message>
    <message>
        <source>&amp;Next option →</source>
        <translation>الخيار التا&amp;لي ←</translation>
    </message>
    <message>
        <source>Next option (Alt+Down)</source>
        <translation>الخيار التالي (Alt+Down)</translation>
    </message>
    <message>
        <source>History of this option</source>
        <translation>سجل تغييرات هذا الخيار</translation>
    </message>
    <message>
        <source>Areas and options</source>
        <translation>المجالات والخيارات</translation>
    </message>
    <message>
        <source>No assessment round yet</source>
        <translation>لا توجد جولة تقييم بعد</translation>
    </message>
    <message>
        <source>A round is one pass of the team through all options of the framework, for example the self-assessment of this year. Start the first round, then answer option by option; everything is saved as you type.</source>
        <translation>الجولة هي مرور الفريق مرة واحدة على جميع خيارات الإطار، مثل التقييم الذاتي لهذا العام. ابدأ الجولة الأولى، ثم أجب عن الخيارات واحداً تلو الآخر؛ إذ يُحفظ كل شيء أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Start the first round…</source>
        <translation>بدء الجولة الأولى…</translation>
    </message>
    <message>
        <source>You may only read this workspace: your account on the team server has no right to change it. You can look at everything and export it; ask the workspace's administrator for editing rights.</source>
        <translation>يمكنك قراءة مساحة العمل هذه فقط: فحسابك على خادم الفريق لا يملك صلاحية تغييرها. ويمكنك الاطلاع على كل شيء وتصديره؛ واطلب من مسؤول مساحة العمل منحك صلاحيات التحرير.</translation>
    </message>
    <message>
        <source>This round was finalised on %1 and is read-only. To continue the work, use Assessment &gt; New round from this one.</source>
        <translation>اعتُمدت هذه الجولة في %1 وهي للقراءة فقط. لمواصلة العمل، استخدم التقييم &gt; جولة جديدة انطلاقاً من هذه الجولة.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>أُجيب عن %1 من %2</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>pre-filled from round %1</source>
        <translation>مملوءة مسبقاً من الجولة %1</translation>
    </message>
    <message>
        <source>There is no assessment with id %1 in this workspace.</source>
        <translation>لا يوجد تقييم بالمعرّف %1 في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>There is no option "%1" in the framework %2 (version %3).</source>
        <translation>لا يوجد خيار "%1" في الإطار %2 (الإصدار %3).</translation>
    </message>
    <message>
        <source>The round "%1" is finalised and cannot be changed. Start a new round from it to continue the work.</source>
        <translation>الجولة "%1" معتمدة ولا يمكن تغييرها. ابدأ جولة جديدة انطلاقاً منها لمواصلة العمل.</translation>
    </message>
    <message>
        <source>A round needs a title.</source>
        <translation>يجب أن يكون للجولة عنوان.</translation>
    </message>
    <message>
        <source>The title is too long (at most 300 characters).</source>
        <translation>العنوان أطول من اللازم (الحد الأقصى 300 حرف).</translation>
    </message>
    <message>
        <source>Someone else changed %1 of option %2 since you opened it. Your text is kept on screen; choose whose version to keep.</source>
        <translation>غيّر شخص آخر %1 في الخيار %2 منذ أن فتحته. يظل نصك معروضاً على الشاشة؛ فاختر النسخة التي تريد الاحتفاظ بها.</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Every change is recorded in the history with the name of the person who made it. Type the name to show, for example “Amina Diallo, Ministry of Environment”. You can change it later in Edit &gt; Your name.</source>
        <translation>يُسجَّل كل تغيير في سجل التغييرات مع اسم الشخص الذي أجراه. اكتب الاسم المراد عرضه، مثل «أمينة ديالو، وزارة البيئة». ويمكنك تغييره لاحقاً من تحرير &gt; اسمك.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Demo workspace written to %1 (round %2, %3 of %4 options answered).</source>
        <translation>كُتبت مساحة العمل التجريبية في %1 (الجولة %2، أُجيب عن %3 من %4 من الخيارات).</translation>
    </message>
    <message>
        <source>This workspace holds no assessment yet.</source>
        <translation>لا تتضمن مساحة العمل هذه أي تقييم بعد.</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4/%5 answered (%6%)</source>
        <translation>%1	%2	%3	%4/%5 مُجاب عنها (%6%)</translation>
    </message>
    <message>
        <source>The file cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>تتعذر كتابة الملف %1 (%2). أغلقه إن كان مفتوحًا في برنامج آخر، أو اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the workbook.</source>
        <translation>المجلد %1 غير موجود. أنشئه أو اختر مكاناً آخر للمصنف.</translation>
    </message>
    <message>
        <source>Summary of round %1 (%2) written to %3.</source>
        <translation>كُتب موجز الجولة %1 (%2) في %3.</translation>
    </message>
    <message>
        <source>Give a file name ending in .xlsx (not %1).</source>
        <translation>أدخل اسم ملف ينتهي بـ .xlsx (وليس %1).</translation>
    </message>
    <message>
        <source>Questionnaire for round %1 (%2) written to %3.</source>
        <translation>كُتب استبيان الجولة %1 (%2) في %3.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>تتعذر كتابة التقرير في %1 (%2). أغلقه إن كان مفتوحاً في برنامج آخر، أو اختر مكاناً آخر.</translation>
    </message>
    <message>
        <source>Report of round %1 (%2) written to %3.</source>
        <translation>كُتب تقرير الجولة %1 (%2) في %3.</translation>
    </message>
    <message>
        <source>%1 change(s), %2 rejected cell(s).</source>
        <translation>التغييرات: %1، والخلايا المرفوضة: %2.</translation>
    </message>
    <message>
        <source>  rejected %1!%2: %3</source>
        <translation>  مرفوض %1!%2: %3</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to apply the accepted changes.</source>
        <translation>لم يتغير أي شيء. أعد التشغيل مع الخيار --yes لتطبيق التغييرات المقبولة.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated.</source>
        <translation><numerusform>حُدِّث %n حقل إجابة.</numerusform><numerusform>حُدِّث %n حقل إجابة.</numerusform><numerusform>حُدِّث %n حقلا إجابة.</numerusform><numerusform>حُدِّثت %n حقول إجابة.</numerusform><numerusform>حُدِّث %n حقلاً للإجابة.</numerusform><numerusform>حُدِّث %n حقل إجابة.</numerusform></translation></message>
    <message>
        <source>%1: %2 texts missing (shown in English):</source>
        <translation>%1: عدد النصوص الناقصة %2 (تُعرض بالإنكليزية):</translation>
    </message>
    <message>
        <source>%1 version %2: %3 areas, %4 options, content %5.</source>
        <translation>%1، الإصدار %2: عدد المجالات %3، وعدد الخيارات %4، والمحتوى %5.</translation>
    </message>
    <message>
        <source>%1: %2 texts missing (shown in English): %3</source>
        <translation>%1: عدد النصوص الناقصة %2 (تُعرض بالإنكليزية): %3</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1: مكتملة</translation>
    </message>
    <message>
        <source>change	%1	%2	%3	%4 -&gt; %5%6</source>
        <translation>تغيير	%1	%2	%3	%4 -&gt; %5%6</translation>
    </message>
    <message>
        <source>conflict	%1	%2	%3	mine %4%5	theirs %6%7</source>
        <translation>تعارض	%1	%2	%3	نسختي %4%5	نسختهم %6%7</translation>
    </message>
    <message>
        <source>held	%1	%2	%3	%4</source>
        <translation>معلّق	%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records were matched by their stable ids only, and every difference is a conflict.</source>
        <translation>ليس لمساحتي العمل سجل تغييرات مشترك: طوبقت القيود بمعرّفاتها الثابتة فقط، وكل اختلاف يُعدّ تعارضاً.</translation>
    </message>
    <message>
        <source>0 change(s) applied, %1 conflict(s) unresolved; %2 change(s) ready. Run again with --yes to apply them, and --prefer mine|theirs to settle the conflicts.</source>
        <translation>التغييرات المطبَّقة: 0، والتعارضات غير المحسومة: %1؛ والتغييرات الجاهزة: %2. أعد التشغيل مع الخيار --yes لتطبيقها، ومع الخيار --prefer mine|theirs لحسم التعارضات.</translation>
    </message>
    <message>
        <source>%1 change(s) applied, %2 conflict(s): %3 settled with theirs, %4 kept as here, %5 unresolved; %6 held.</source>
        <translation>التغييرات المطبَّقة: %1، والتعارضات: %2 (حُسم %3 منها بالأخذ بنسختهم، وأُبقي %4 كما هو هنا، وبقي %5 دون حسم)؛ والتغييرات المعلّقة: %6.</translation>
    </message>
    <message>
        <source>The copy is always a workspace file; give a file name as TARGET.</source>
        <translation>النسخة دائماً ملف مساحة عمل؛ أدخل اسم ملف بوصفه TARGET.</translation>
    </message>
    <message>
        <source>%1 already exists. Give a new file name; nothing was overwritten.</source>
        <translation>%1 موجود بالفعل. أدخل اسم ملف جديداً؛ لم يُكتب فوق أي شيء.</translation>
    </message>
    <message>
        <source>Give a file name ending in .synergy (not %1).</source>
        <translation>أدخل اسم ملف ينتهي بـ .synergy (وليس %1).</translation>
    </message>
    <message>
        <source>Copy of %1 written to %2.</source>
        <translation>كُتبت نسخة من %1 في %2.</translation>
    </message>
    <message>
        <source>%1 workspaces compared over %2 options; written to %3.</source>
        <translation>مساحات العمل المقارَنة: %1، وعدد الخيارات: %2؛ كُتبت المقارنة في %3.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>no round</source>
        <translation>لا توجد جولة</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>لم يُناقش</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Comparison of teams</source>
        <translation>مقارنة الأفرقة</translation>
    </message>
    <message>
        <source>Ratings of each team, option by option</source>
        <translation>تقديرات كل فريق، خياراً تلو الآخر</translation>
    </message>
    <message>
        <source>0 not started … 4 fully in place. Spread: the highest rating minus the lowest.</source>
        <translation>0 لم يبدأ … 4 قائم بالكامل. المدى: أعلى تقدير ناقص أدنى تقدير.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>المدى</translation>
    </message>
    <message>
        <source>Round compared</source>
        <translation>الجولة المقارَنة</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>بيانات الرسوم البيانية</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>Give at least two workspaces to compare.</source>
        <translation>أدخل مساحتي عمل على الأقل للمقارنة.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>تتعذر قراءة %1 (%2).</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>The sign and the colour of each direction (the words carry the meaning too).</extracomment>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>answered for the first time</source>
        <translation>أُجيب عنه لأول مرة</translation>
    </message>
    <message>
        <source>no longer answered</source>
        <translation>لم يعد مُجاباً عنه</translation>
    </message>
    <message>
        <source>applicability changed</source>
        <translation>تغيّرت قابلية الانطباق</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>جديد: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>مُعدَّل: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>مُزال: %1</translation>
    </message>
<message numerus="yes"><source>down %n step(s)</source><translation><numerusform>انخفاض بمقدار %n مستوى</numerusform><numerusform>انخفاض بمقدار %n مستوى</numerusform><numerusform>انخفاض بمقدار %n مستويين</numerusform><numerusform>انخفاض بمقدار %n مستويات</numerusform><numerusform>انخفاض بمقدار %n مستوى</numerusform><numerusform>انخفاض بمقدار %n مستوى</numerusform></translation></message><message numerus="yes"><source>up %n step(s)</source><translation><numerusform>ارتفاع بمقدار %n مستوى</numerusform><numerusform>ارتفاع بمقدار %n مستوى</numerusform><numerusform>ارتفاع بمقدار %n مستويين</numerusform><numerusform>ارتفاع بمقدار %n مستويات</numerusform><numerusform>ارتفاع بمقدار %n مستوى</numerusform><numerusform>ارتفاع بمقدار %n مستوى</numerusform></translation></message></context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Compare rounds</source>
        <translation>مقارنة الجولات</translation>
    </message>
    <message>
        <source>This workspace has one round only. Start the next one with Assessment &gt; New round from this one, then compare them here.</source>
        <translation>لا تتضمن مساحة العمل هذه سوى جولة واحدة. ابدأ الجولة التالية من التقييم &gt; جولة جديدة انطلاقاً من هذه الجولة، ثم قارن بينهما هنا.</translation>
    </message>
    <message>
        <source>&amp;Compare rounds…</source>
        <translation>&amp;مقارنة الجولات…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>اختر جولتين مختلفتين للمقارنة بينهما.</translation>
    </message>
    <message>
        <source>Nothing changed between these rounds.</source>
        <translation>لم يتغير أي شيء بين هاتين الجولتين.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>مُعدَّل</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>مُزال</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>مقارنة الجولات</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;مقارنة:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>م&amp;ع:</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>الجولة السابقة</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>الجولة اللاحقة</translation>
    </message>
    <message>
        <source>&amp;Only changes</source>
        <translation>ال&amp;تغييرات فقط</translation>
    </message>
    <message>
        <source>Options of both rounds</source>
        <translation>خيارات الجولتين</translation>
    </message>
    <message>
        <source>The selected option in both rounds</source>
        <translation>الخيار المحدد في الجولتين</translation>
    </message>
    <message>
        <source>Score per area in both rounds</source>
        <translation>الدرجة حسب المجال في الجولتين</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>مقارنة مساحات العمل</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>المدى</translation>
    </message>
    <message>
        <source>Ratings of each team</source>
        <translation>تقديرات كل فريق</translation>
    </message>
    <message>
        <source>Rounds compared: %1</source>
        <translation>الجولات المقارَنة: %1</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>الجولة السابقة</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>الجولة اللاحقة</translation>
    </message>
    <message>
        <source>Rating change</source>
        <translation>تغيّر التقدير</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>تغييرات أخرى</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Someone else changed this answer</source>
        <translation>غيّر شخص آخر هذه الإجابة</translation>
    </message>
    <message>
        <source>%1 of option %2 was changed by %3 (%4) while you were editing it.

Theirs: %5

Yours: %6

Which version should be kept?</source>
        <translation>غيّر %3 (%4) الحقل «%1» في الخيار %2 أثناء تحريرك له.

نسختهم: %5

نسختك: %6

أي النسختين ينبغي الاحتفاظ بها؟</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>الأخذ بنسختهم</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>هنا (نسختي)</translation>
    </message>
    <message>
        <source>In the other file (theirs)</source>
        <translation>في الملف الآخر (نسختهم)</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>عُدِّل هنا بواسطة</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>الأخذ بنسختهم</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>الأخذ بنسختهم</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>The workspace cannot be written to %1 (%2). Choose another place.</source>
        <translation>تتعذر كتابة مساحة العمل في %1 (%2). اختر مكاناً آخر.</translation>
    </message>
</context>
<context>
    <name>Coordination</name>
    <message>
        <source>The mechanism needs a name.</source>
        <translation>يجب أن يكون للآلية اسم.</translation>
    </message>
    <message>
        <source>Planned meetings per year must be between 0 and 52.</source>
        <translation>يجب أن يتراوح عدد الاجتماعات المقررة في السنة بين 0 و52.</translation>
    </message>
    <message>
        <source>Choose a person from the register or type the name of an institution.</source>
        <translation>اختر شخصاً من السجل أو اكتب اسم مؤسسة.</translation>
    </message>
    <message>
        <source>There is no person with id %1 in the register.</source>
        <translation>لا يوجد في السجل شخص بالمعرّف %1.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>هذا الشخص عضو بالفعل.</translation>
    </message>
    <message>
        <source>Record meetings once they have taken place; the date is in the future.</source>
        <translation>سجّل الاجتماعات بعد انعقادها؛ فهذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>There is no coordination mechanism with id %1.</source>
        <translation>لا توجد آلية تنسيق بالمعرّف %1.</translation>
    </message>
</context>
<context>
    <name>CoordinationView</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Legal basis or act:</source>
        <translation>الأساس ال&amp;قانوني أو الصك:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>ال&amp;ولاية:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>ا&amp;لرئيس:</translation>
    </message>
    <message>
        <source>Secre&amp;tariat:</source>
        <translation>ال&amp;أمانة:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ملا&amp;حظات:</translation>
    </message>
    <message>
        <source>&amp;Planned meetings per year:</source>
        <translation>ع&amp;دد الاجتماعات المقررة في السنة:</translation>
    </message>
    <message>
        <source>Coor&amp;dination mechanism:</source>
        <translation>آلية الت&amp;نسيق:</translation>
    </message>
    <message>
        <source>New mechanism…</source>
        <translation>آلية جديدة…</translation>
    </message>
    <message>
        <source>Delete mechanism…</source>
        <translation>حذف الآلية…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;الأعضاء&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meetings held&lt;/b&gt;</source>
        <translation>&lt;b&gt;الاجتماعات المعقودة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>إضافة عضو…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>إزالة العضو</translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation>تسجيل اجتماع…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>تعديل الاجتماع…</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>حذف الاجتماع…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>الاجتماعات المعقودة</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet</source>
        <translation>لم تُسجَّل أي آلية تنسيق بعد</translation>
    </message>
    <message>
        <source>A national biodiversity committee or working group that brings the focal points of the different treaties together is option A2 of the framework. Record its legal basis, mandate and chair, its members from the register and the meetings it holds.</source>
        <translation>اللجنة الوطنية للتنوع البيولوجي أو الفريق العامل الذي يجمع جهات الاتصال الخاصة بالمعاهدات المختلفة هو الخيار A2 في الإطار. سجّل الأساس القانوني للآلية وولايتها ورئيسها، وأعضاءها من السجل، والاجتماعات التي تعقدها.</translation>
    </message>
    <message>
        <source>Add a mechanism…</source>
        <translation>إضافة آلية…</translation>
    </message>
    <message>
        <source>It meets less often than planned.</source>
        <translation>تجتمع الآلية بوتيرة أقل مما هو مقرر.</translation>
    </message>
    <message>
        <source>No focal point of these instruments is a member: %1.</source>
        <translation>لا توجد بين الأعضاء أي جهة اتصال لهذه الصكوك: %1.</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>آلية التنسيق</translation>
    </message>
    <message>
        <source>New mechanism</source>
        <translation>آلية جديدة</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>National biodiversity committee</source>
        <translation>اللجنة الوطنية للتنوع البيولوجي</translation>
    </message>
    <message>
        <source>Delete “%1” with its members and %2 recorded meetings? This cannot be undone.</source>
        <translation>هل تريد حذف «%1» مع أعضائها واجتماعاتها المسجلة البالغ عددها %2؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete mechanism</source>
        <translation>حذف الآلية</translation>
    </message>
    <message>
        <source>Delete the meeting of %1?</source>
        <translation>هل تريد حذف الاجتماع المعقود في %1؟</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>حذف الاجتماع</translation>
    </message>
<message numerus="yes"><source>Met %n time(s) in the last 12 months (planned: %1 a year).</source><translation><numerusform>اجتمعت %n مرة خلال الأشهر الاثني عشر الماضية (المقرر: %1 في السنة).</numerusform><numerusform>اجتمعت %n مرة خلال الأشهر الاثني عشر الماضية (المقرر: %1 في السنة).</numerusform><numerusform>اجتمعت %n مرتين خلال الأشهر الاثني عشر الماضية (المقرر: %1 في السنة).</numerusform><numerusform>اجتمعت %n مرات خلال الأشهر الاثني عشر الماضية (المقرر: %1 في السنة).</numerusform><numerusform>اجتمعت %n مرة خلال الأشهر الاثني عشر الماضية (المقرر: %1 في السنة).</numerusform><numerusform>اجتمعت %n مرة خلال الأشهر الاثني عشر الماضية (المقرر: %1 في السنة).</numerusform></translation></message></context>
<context>
    <name>Country</name>
    <message>
        <source>Unknown instrument code: %1.</source>
        <translation>رمز صك غير معروف: %1.</translation>
    </message>
    <message>
        <source>An entry counts as out of date after 1 to 120 months without a check.</source>
        <translation>يُعدّ القيد غير محدَّث بعد مدة تتراوح بين 1 و120 شهراً دون تحقق.</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Country profile</source>
        <translation>ملف البلد</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهراً</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>اسم البلد</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>رمز ISO</translation>
    </message>
    <message>
        <source>Months before an entry counts as out of date</source>
        <translation>عدد الأشهر التي يُعدّ بعدها القيد غير محدَّث</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>الاسم ال&amp;مختصر:</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>&amp;رمز ISO:</translation>
    </message>
    <message>
        <source>Entries are out of date after:</source>
        <translation>تُعدّ القيود غير محدَّثة بعد:</translation>
    </message>
    <message>
        <source>Instruments the country is Party to</source>
        <translation>الصكوك التي يكون البلد طرفاً فيها</translation>
    </message>
    <message>
        <source>Instruments left unticked disappear from the coverage matrix, the reporting calendar, the alignment and the evidence on option pages; nothing is deleted, and they come back when ticked again.</source>
        <translation>تختفي الصكوك غير المؤشَّر عليها من مصفوفة التغطية والجدول الزمني للإبلاغ والمواءمة والأدلة في صفحات الخيارات؛ ولا يُحذف أي شيء، وتعود عند التأشير عليها مجدداً.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>missing: nobody is designated</source>
        <translation>ناقص: لم يُعيَّن أحد</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>%1 (last verified: %2)</source>
        <translation>%1 (آخر تحقق: %2)</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>الدور %1</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>الجهة ال&amp;حافظة:</translation>
    </message>
    <message>
        <source>&amp;Updated:</source>
        <translation>&amp;وتيرة التحديث:</translation>
    </message>
    <message>
        <source>for example every year</source>
        <translation>مثلاً كل سنة</translation>
    </message>
    <message>
        <source>&amp;Last update:</source>
        <translation>آ&amp;خر تحديث:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ملا&amp;حظات:</translation>
    </message>
    <message>
        <source>&amp;Reports it feeds:</source>
        <translation>ال&amp;تقارير التي تغذيها:</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>الجهة الحافظة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>وتيرة التحديث</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>التقارير التي تغذيها</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>%1 already holds assessments. The demo is only written into a new, empty workspace.</source>
        <translation>تتضمن %1 تقييمات بالفعل. ولا تُكتب البيانات التجريبية إلا في مساحة عمل جديدة فارغة.</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Round details</source>
        <translation>تفاصيل الجولة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>P&amp;articipants (one per line):</source>
        <translation>ال&amp;مشاركون (واحد في كل سطر):</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong that Synergy Desktop did not expect. Your saved answers are safe. If it happens again, send the details below to your support contact.</source>
        <translation>حدث خطأ لم يكن Synergy Desktop يتوقعه. إجاباتك المحفوظة في أمان. وإذا تكرر ذلك، فأرسل التفاصيل أدناه إلى جهة الدعم المعنية.</translation>
    </message>
    <message>
        <source>%1

The details are also in the log file %2.</source>
        <translation>%1

ترد التفاصيل أيضاً في ملف السجل %2.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source> and %1 more</source>
        <translation> و%1 غيرها</translation>
    </message>
    <message>
        <source>The country profile excludes every instrument.</source>
        <translation>يستبعد ملف البلد جميع الصكوك.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled.</source>
        <translation>الأدوار المشغولة: %1 من %2.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; missing: %3.</source>
        <translation>الأدوار المشغولة: %1 من %2؛ والناقصة: %3.</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>لم تُسجَّل أي آلية تنسيق بعد.</translation>
    </message>
    <message>
        <source>Focal points of %1 are not members of %2.</source>
        <translation>جهات الاتصال الخاصة بالصكوك التالية ليست أعضاء في %2: %1.</translation>
    </message>
    <message>
        <source>No national target is recorded yet (NBSAP alignment).</source>
        <translation>لم تُسجَّل أي غاية وطنية بعد (مواءمة الاستراتيجيات وخطط العمل الوطنية).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: تغطية %2 من %3</translation>
    </message>
    <message>
        <source>No dataset is recorded yet (reporting calendar).</source>
        <translation>لم تُسجَّل أي مجموعة بيانات بعد (الجدول الزمني للإبلاغ).</translation>
    </message>
<message numerus="yes"><source>%1 met %n time(s) in the last 12 months (planned: %2 a year).</source><translation><numerusform>%1: اجتمعت %n مرة خلال الأشهر الاثني عشر الماضية (المقرر: %2 في السنة).</numerusform><numerusform>%1: اجتمعت %n مرة خلال الأشهر الاثني عشر الماضية (المقرر: %2 في السنة).</numerusform><numerusform>%1: اجتمعت %n مرتين خلال الأشهر الاثني عشر الماضية (المقرر: %2 في السنة).</numerusform><numerusform>%1: اجتمعت %n مرات خلال الأشهر الاثني عشر الماضية (المقرر: %2 في السنة).</numerusform><numerusform>%1: اجتمعت %n مرة خلال الأشهر الاثني عشر الماضية (المقرر: %2 في السنة).</numerusform><numerusform>%1: اجتمعت %n مرة خلال الأشهر الاثني عشر الماضية (المقرر: %2 في السنة).</numerusform></translation></message><message numerus="yes"><source>%n dataset(s) recorded; %1 feed two or more reports.</source><translation><numerusform>سُجِّلت %n مجموعة بيانات؛ و%1 منها تغذي تقريرين أو أكثر.</numerusform><numerusform>سُجِّلت %n مجموعة بيانات؛ و%1 منها تغذي تقريرين أو أكثر.</numerusform><numerusform>سُجِّلت %n مجموعتا بيانات؛ و%1 منها تغذي تقريرين أو أكثر.</numerusform><numerusform>سُجِّلت %n مجموعات بيانات؛ و%1 منها تغذي تقريرين أو أكثر.</numerusform><numerusform>سُجِّلت %n مجموعة بيانات؛ و%1 منها تغذي تقريرين أو أكثر.</numerusform><numerusform>سُجِّلت %n مجموعة بيانات؛ و%1 منها تغذي تقريرين أو أكثر.</numerusform></translation></message><message numerus="yes"><source>%n national target(s) recorded.</source><translation><numerusform>سُجِّلت %n غاية وطنية.</numerusform><numerusform>سُجِّلت %n غاية وطنية.</numerusform><numerusform>سُجِّلت %n غايتان وطنيتان.</numerusform><numerusform>سُجِّلت %n غايات وطنية.</numerusform><numerusform>سُجِّلت %n غاية وطنية.</numerusform><numerusform>سُجِّلت %n غاية وطنية.</numerusform></translation></message><message numerus="yes"><source>%n national target(s) serve no reference target: %1.</source><translation><numerusform>لا تخدم %n غاية وطنية أي غاية مرجعية: %1.</numerusform><numerusform>لا تخدم %n غاية وطنية أي غاية مرجعية: %1.</numerusform><numerusform>لا تخدم %n غايتان وطنيتان أي غاية مرجعية: %1.</numerusform><numerusform>لا تخدم %n غايات وطنية أي غاية مرجعية: %1.</numerusform><numerusform>لا تخدم %n غاية وطنية أي غاية مرجعية: %1.</numerusform><numerusform>لا تخدم %n غاية وطنية أي غاية مرجعية: %1.</numerusform></translation></message><message numerus="yes"><source>%n reporting obligation(s) in the calendar; %1 overdue.</source><translation><numerusform>في الجدول الزمني %n التزام بالإبلاغ؛ والمتأخر منها: %1.</numerusform><numerusform>في الجدول الزمني %n التزام بالإبلاغ؛ والمتأخر منها: %1.</numerusform><numerusform>في الجدول الزمني %n التزامان بالإبلاغ؛ والمتأخر منها: %1.</numerusform><numerusform>في الجدول الزمني %n التزامات بالإبلاغ؛ والمتأخر منها: %1.</numerusform><numerusform>في الجدول الزمني %n التزاماً بالإبلاغ؛ والمتأخر منها: %1.</numerusform><numerusform>في الجدول الزمني %n التزام بالإبلاغ؛ والمتأخر منها: %1.</numerusform></translation></message><message numerus="yes"><source>%n role(s) not verified in the last %1 months.</source><translation><numerusform>لم يُتحقق من %n دور خلال الأشهر الـ%1 الماضية.</numerusform><numerusform>لم يُتحقق من %n دور خلال الأشهر الـ%1 الماضية.</numerusform><numerusform>لم يُتحقق من %n دورين خلال الأشهر الـ%1 الماضية.</numerusform><numerusform>لم يُتحقق من %n أدوار خلال الأشهر الـ%1 الماضية.</numerusform><numerusform>لم يُتحقق من %n دوراً خلال الأشهر الـ%1 الماضية.</numerusform><numerusform>لم يُتحقق من %n دور خلال الأشهر الـ%1 الماضية.</numerusform></translation></message><message numerus="yes"><source>Next deadline: %1 %2 in %n day(s).</source><translation><numerusform>الموعد النهائي التالي: %1 %2 بعد %n يوم.</numerusform><numerusform>الموعد النهائي التالي: %1 %2 بعد %n يوم.</numerusform><numerusform>الموعد النهائي التالي: %1 %2 بعد %n يومين.</numerusform><numerusform>الموعد النهائي التالي: %1 %2 بعد %n أيام.</numerusform><numerusform>الموعد النهائي التالي: %1 %2 بعد %n يوماً.</numerusform><numerusform>الموعد النهائي التالي: %1 %2 بعد %n يوم.</numerusform></translation></message></context>
<context>
    <name>Excel</name>
    <message>
        <source>Action items</source>
        <translation>بنود العمل</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Option title</source>
        <translation>عنوان الخيار</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>لم تُسجَّل أي خطوات تالية في هذه الجولة بعد.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>آخر تعديل بواسطة</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>تاريخ آخر تعديل</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Coverage of focal-point roles</source>
        <translation>تغطية أدوار جهات الاتصال</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 missing; %4 not verified in the last %5 months.</source>
        <translation>الأدوار المشغولة: %1 من %2؛ والناقصة: %3؛ وغير المتحقق منها خلال الأشهر الـ%5 الماضية: %4.</translation>
    </message>
    <message>
        <source>✓ filled   ! not verified recently   ✗ missing</source>
        <translation>✓ مشغول   ! لم يُتحقق منه مؤخراً   ✗ ناقص</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الصك</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>الدور %1</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>لم تُسجَّل أي آلية تنسيق بعد.</translation>
    </message>
    <message>
        <source>Legal basis or act</source>
        <translation>الأساس القانوني أو الصك</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>الولاية</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Planned meetings per year</source>
        <translation>عدد الاجتماعات المقررة في السنة</translation>
    </message>
    <message>
        <source>Meetings in the last 12 months</source>
        <translation>الاجتماعات خلال الأشهر الاثني عشر الماضية</translation>
    </message>
    <message>
        <source>Instruments without a focal point among the members</source>
        <translation>الصكوك التي ليست لها جهة اتصال بين الأعضاء</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>رئيسية</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>تاريخ التعيين</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>No focal point is recorded in this workspace yet.</source>
        <translation>لم تُسجَّل أي جهة اتصال في مساحة العمل هذه بعد.</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>مواءمة الاستراتيجيات الوطنية</translation>
    </message>
    <message>
        <source>2 = direct contribution, 1 = partial contribution, empty = none.</source>
        <translation>2 = مساهمة مباشرة، 1 = مساهمة جزئية، فارغ = لا مساهمة.</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>لم تُسجَّل أي غاية وطنية في مساحة العمل هذه بعد.</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>الغاية الوطنية</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>التغطية والثغرات</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: تغطية %2 من %3</translation>
    </message>
    <message>
        <source>   not covered: %1 %2</source>
        <translation>   غير مغطاة: %1 %2</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>الغايات الوطنية التي لا تخدم أي غاية مرجعية</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Synergies self-assessment – summary</source>
        <translation>التقييم الذاتي لأوجه التآزر – موجز</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Framework id and version</source>
        <translation>معرّف الإطار وإصداره</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1، الإصدار %2 (المحتوى %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <source>No option has been answered in this round yet: every area below shows 0 of its options answered.</source>
        <translation>لم يُجَب عن أي خيار في هذه الجولة بعد: يظهر لكل مجال أدناه أن عدد خياراته المُجاب عنها 0.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>المُجاب عنها</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>نسبة الاكتمال</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>جميع المجالات</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of rated, applicable options ÷ 4; an empty score means no option of the area is rated yet.</source>
        <translation>نسبة الاكتمال = الخيارات المُجاب عنها ÷ جميع الخيارات. الدرجة = متوسط التقدير (0-4) للخيارات المقدَّرة المنطبقة ÷ 4؛ وتعني الدرجة الفارغة أنه لم يُقدَّر أي خيار من خيارات المجال بعد.</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>نسبة الاكتمال والدرجة حسب المجال</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>الدرجة حسب المجال</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Writing the instructions…</source>
        <translation>جارٍ كتابة التعليمات…</translation>
    </message>
    <message>
        <source>Writing area %1…</source>
        <translation>جارٍ كتابة المجال %1…</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>جارٍ حفظ المصنف…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Synergies self-assessment – questionnaire</source>
        <translation>التقييم الذاتي لأوجه التآزر – استبيان</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>البلد: %1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>الجولة: %1</translation>
    </message>
    <message>
        <source>Framework: %1, version %2</source>
        <translation>الإطار: %1، الإصدار %2</translation>
    </message>
    <message>
        <source>How to fill in this questionnaire</source>
        <translation>طريقة ملء هذا الاستبيان</translation>
    </message>
    <message>
        <source>1. Each sheet is one area of the framework; each row is one option. Read the option and its questions in the grey columns.</source>
        <translation>1. تمثل كل ورقة مجالاً واحداً من مجالات الإطار، ويمثل كل صف خياراً واحداً. اقرأ الخيار والأسئلة المتعلقة به في الأعمدة الرمادية.</translation>
    </message>
    <message>
        <source>2. Fill in the yellow cells only. Choose the rating and the priority from the drop-down lists; the other cells take free text.</source>
        <translation>2. املأ الخلايا الصفراء فقط. اختر التقدير والأولوية من القوائم المنسدلة؛ وتقبل الخلايا الأخرى نصاً حراً.</translation>
    </message>
    <message>
        <source>3. Ratings: 0 not started, 1 planned or initial steps, 2 partly in place, 3 largely in place, 4 fully in place, NA not applicable, ND not yet discussed.</source>
        <translation>3. التقديرات: 0 لم يبدأ، 1 مخطط له أو خطوات أولية، 2 قائم جزئياً، 3 قائم إلى حد كبير، 4 قائم بالكامل، NA غير منطبق، ND لم يُناقش بعد.</translation>
    </message>
    <message>
        <source>4. Conventions concerned: codes separated by commas, from this list: %1.</source>
        <translation>4. الاتفاقيات المعنية: رموز تفصل بينها فواصل (,)، من هذه القائمة: %1.</translation>
    </message>
    <message>
        <source>5. Target dates as dates (for example 2027-06-30).</source>
        <translation>5. التواريخ المستهدفة في شكل تواريخ (مثلاً 2027-06-30).</translation>
    </message>
    <message>
        <source>6. Do not add, move or delete rows or sheets, and do not change the grey cells: the file is read back automatically.</source>
        <translation>6. لا تُضف صفوفاً أو أوراقاً ولا تنقلها ولا تحذفها، ولا تغيّر الخلايا الرمادية: فالملف يُقرأ آلياً عند إعادته.</translation>
    </message>
    <message>
        <source>7. Save the file as an Excel workbook (.xlsx) and send it back. The answers already given are filled in; change what is no longer true.</source>
        <translation>7. احفظ الملف بوصفه مصنف Excel (.xlsx) وأعده. والإجابات المقدَّمة سابقاً مملوءة بالفعل؛ غيّر ما لم يعد صحيحاً.</translation>
    </message>
    <message>
        <source>What the option asks</source>
        <translation>ما يطلبه الخيار</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>Choose a rating from the list.</source>
        <translation>اختر تقديراً من القائمة.</translation>
    </message>
    <message>
        <source>Type a date, for example 2027-06-30.</source>
        <translation>اكتب تاريخاً، مثلاً 2027-06-30.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم يبدأ العمل</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>الجدول الزمني للإبلاغ</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue on %3.</source>
        <translation>الالتزامات: %1، والمتأخر منها في %3: %2.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>الأيام المتبقية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>لا يوجد تاريخ محدد</translation>
    </message>
    <message>
        <source>The calendar is empty.</source>
        <translation>الجدول الزمني فارغ.</translation>
    </message>
    <message>
        <source>Datasets and the reports they feed</source>
        <translation>مجموعات البيانات والتقارير التي تغذيها</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>الجهة الحافظة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>وتيرة التحديث</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>التقارير التي تغذيها</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>مشتركة</translation>
    </message>
    <message>
        <source>Writing sheets…</source>
        <translation>جارٍ كتابة الأوراق…</translation>
    </message>
    <message>
        <source>Long texts</source>
        <translation>النصوص الطويلة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>النص الكامل</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names left out of this export</source><translation><numerusform>%n مشارك؛ حُذفت الأسماء من هذا التصدير</numerusform><numerusform>%n مشارك؛ حُذفت الأسماء من هذا التصدير</numerusform><numerusform>%n مشاركان؛ حُذفت الأسماء من هذا التصدير</numerusform><numerusform>%n مشاركين؛ حُذفت الأسماء من هذا التصدير</numerusform><numerusform>%n مشاركاً؛ حُذفت الأسماء من هذا التصدير</numerusform><numerusform>%n مشارك؛ حُذفت الأسماء من هذا التصدير</numerusform></translation></message></context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Leave out personal data (names, e-mails, phones and addresses)</source>
        <translation>استبعاد البيانات الشخصية (الأسماء والبريد الإلكتروني والهواتف والعناوين)</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Option text</source>
        <translation>نص الخيار</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FindActions</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find in this round</source>
        <translation>البحث في هذه الجولة</translation>
    </message>
    <message>
        <source>&amp;Find in options, evidence, gaps and next steps:</source>
        <translation>ا&amp;بحث في الخيارات والأدلة والثغرات والخطوات التالية:</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>الكلمات المراد البحث عنها</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>المواضع التي عُثر عليها</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>عُثر على %n موضع</numerusform>
            <numerusform>عُثر على %n موضع</numerusform>
            <numerusform>عُثر على %n موضعين</numerusform>
            <numerusform>عُثر على %n مواضع</numerusform>
            <numerusform>عُثر على %n موضعاً</numerusform>
            <numerusform>عُثر على %n موضع</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found in this round.</source>
        <translation>لم يُعثر على أي شيء في هذه الجولة.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <extracomment>Instrument families ticked at first: every convention and protocol, and the GEF, which nearly every country takes part in. The team unticks what the country has not joined.</extracomment>
        <translation>التقييم الذاتي %1</translation>
    </message>
    <message>
        <source>Set up the new workspace</source>
        <translation>إعداد مساحة العمل الجديدة</translation>
    </message>
    <message>
        <source>Set up the workspace for your country</source>
        <translation>إعداد مساحة العمل لبلدك</translation>
    </message>
    <message>
        <source>A few answers and the workspace is ready: the pages then show only the treaties the country is Party to, the reporting calendar starts from today, and the team can start answering. Everything can be changed later (File &gt; Country profile).</source>
        <translation>بضع إجابات وتصبح مساحة العمل جاهزة: ستعرض الصفحات بعد ذلك المعاهدات التي يكون البلد طرفاً فيها فقط، ويبدأ الجدول الزمني للإبلاغ من اليوم، ويمكن للفريق البدء في الإجابة. ويمكن تغيير كل شيء لاحقاً (ملف &gt; ملف البلد).</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>الاسم ال&amp;مختصر:</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>&amp;رمز ISO:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>for example Republic of Verdania</source>
        <translation>مثلاً جمهورية فيردانيا</translation>
    </message>
    <message>
        <source>for example Verdania (optional)</source>
        <translation>مثلاً فيردانيا (اختياري)</translation>
    </message>
    <message>
        <source>three letters, for example VRD (optional)</source>
        <translation>ثلاثة أحرف، مثلاً VRD (اختياري)</translation>
    </message>
    <message>
        <source>shown in the history of every change you make</source>
        <translation>يظهر في سجل التغييرات مع كل تغيير تجريه</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>اسم البلد</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>رمز ISO</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Treaties the country is &amp;Party to</source>
        <translation>المعاهدات التي يكون البلد &amp;طرفاً فيها</translation>
    </message>
    <message>
        <source>Untick those the country has not joined: their roles, reports and goals are then left out of the register, the calendar and the alignment.</source>
        <translation>أزِل التأشير عن المعاهدات التي لم ينضم إليها البلد: عندئذ تُستبعد أدوارها وتقاريرها وأهدافها من السجل والجدول الزمني والمواءمة.</translation>
    </message>
    <message>
        <source>Start the first &amp;round of the self-assessment now</source>
        <translation>بدء ال&amp;جولة الأولى من التقييم الذاتي الآن</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>عنوان الجولة</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace</source>
        <translation>&amp;إعداد مساحة العمل</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>A new person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Prefi&amp;x:</source>
        <translation>ال&amp;لقب:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;الاسم الأول:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>ال&amp;منصب:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>الم&amp;ؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>ال&amp;إدارة:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>Ins&amp;trument:</source>
        <translation>ال&amp;صك:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <source>Primary contact for this instrument</source>
        <translation>جهة الاتصال الرئيسية لهذا الصك</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Designation date</source>
        <translation>تاريخ التعيين</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <source>Desi&amp;gnated on:</source>
        <translation>تا&amp;ريخ التعيين:</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Date last verified</source>
        <translation>تاريخ آخر تحقق</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>آ&amp;خر تحقق:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملا&amp;حظات:</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>تاريخ التغيير</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>مذكرة التسليم</translation>
    </message>
    <message>
        <source>What the new holder needs to know: open files, deadlines, contacts…</source>
        <translation>ما يحتاج الشاغل الجديد إلى معرفته: الملفات المفتوحة، والمواعيد النهائية، وجهات الاتصال…</translation>
    </message>
    <message>
        <source>Date of the &amp;change (YYYY-MM-DD):</source>
        <translation>تاريخ ال&amp;تغيير (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>&amp;Hand-over note:</source>
        <translation>مذكرة الت&amp;سليم:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;مذكرة التسليم من %1 (حتى %2):&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>The date of the change must be written as YYYY-MM-DD, not “%1”.</source>
        <translation>يجب كتابة تاريخ التغيير بالصيغة YYYY-MM-DD، وليس «%1».</translation>
    </message>
</context>
<context>
    <name>FocalPointModel</name>
    <message>
        <source>former holder until %1</source>
        <translation>شاغل سابق حتى %1</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>لم يُتحقق منه مؤخراً</translation>
    </message>
    <message>
        <source>current</source>
        <translation>حالي</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الصك</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>رئيسية</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>FocalPoints</name>
    <message>
        <source>This entry already belongs to a former holder.</source>
        <translation>هذا القيد يخص شاغلاً سابقاً بالفعل.</translation>
    </message>
    <message>
        <source>The change cannot be dated before the previous holder was designated.</source>
        <translation>لا يمكن أن يكون تاريخ التغيير سابقاً لتاريخ تعيين الشاغل السابق.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>صك غير معروف «%1».</translation>
    </message>
    <message>
        <source>%1 has no role “%2”.</source>
        <translation>لا يوجد في %1 دور «%2».</translation>
    </message>
    <message>
        <source>Give the institution of the focal point; it stays in exports even without personal data.</source>
        <translation>أدخل مؤسسة جهة الاتصال؛ فهي تبقى في الملفات المصدَّرة حتى دون البيانات الشخصية.</translation>
    </message>
    <message>
        <source>Give a name, or at least the position, of the person who holds the role.</source>
        <translation>أدخل اسم الشخص الذي يشغل الدور، أو منصبه على الأقل.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (expected something like name@ministry.gov).</source>
        <translation>«%1» ليس عنوان بريد إلكتروني صالحاً (المتوقع عنوان مثل name@ministry.gov).</translation>
    </message>
    <message>
        <source>The date last verified cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ آخر تحقق في المستقبل.</translation>
    </message>
    <message>
        <source>The entry cannot have been verified before the designation.</source>
        <translation>لا يمكن أن يكون التحقق من القيد قد جرى قبل التعيين.</translation>
    </message>
    <message>
        <source>%1 can have only one holder, and %2 holds it. Use “Change holder” to record a new holder.</source>
        <translation>لا يمكن أن يكون لـ%1 سوى شاغل واحد، ويشغله %2. استخدم «تغيير الشاغل» لتسجيل شاغل جديد.</translation>
    </message>
    <message>
        <source>There is no focal-point entry with id %1.</source>
        <translation>لا يوجد قيد لجهة اتصال بالمعرّف %1.</translation>
    </message>
</context>
<context>
    <name>FocalPointsView</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>ال&amp;صك:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>Instit&amp;ution:</source>
        <translation>الم&amp;ؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>&amp;Change holder…</source>
        <translation>تغيير ال&amp;شاغل…</translation>
    </message>
    <message>
        <source>Show for&amp;mer holders</source>
        <translation>إ&amp;ظهار الشاغلين السابقين</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>تعدي&amp;ل…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Import focal points from a spreadsheet (Excel workbook or CSV file)</source>
        <translation>استيراد جهات الاتصال من جدول بيانات (مصنف Excel أو ملف CSV)</translation>
    </message>
    <message>
        <source>Add a focal point…</source>
        <translation>إضافة جهة اتصال…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>استيراد من جدول بيانات…</translation>
    </message>
    <message>
        <source>name, e-mail, position…</source>
        <translation>الاسم، البريد الإلكتروني، المنصب…</translation>
    </message>
    <message>
        <source>Focal points and authorities</source>
        <translation>جهات الاتصال والسلطات</translation>
    </message>
    <message>
        <source>Coverage of roles</source>
        <translation>تغطية الأدوار</translation>
    </message>
    <message>
        <source>Details of the chosen entry</source>
        <translation>تفاصيل القيد المختار</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage: every role of every instrument the country is Party to&lt;/b&gt;</source>
        <translation>&lt;b&gt;التغطية: كل دور في كل صك يكون البلد طرفاً فيه&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n قيد معروض</numerusform>
            <numerusform>%n قيد معروض</numerusform>
            <numerusform>%n قيدان معروضان</numerusform>
            <numerusform>%n قيود معروضة</numerusform>
            <numerusform>%n قيداً معروضاً</numerusform>
            <numerusform>%n قيد معروض</numerusform>
        </translation>
    </message>
    <message>
        <source>No focal point is recorded yet</source>
        <translation>لم تُسجَّل أي جهة اتصال بعد</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>✓ filled (green)   ! not verified in the last %1 months (amber)   ✗ missing (red) — %2 of %3 roles filled, %4 missing</source>
        <translation>✓ مشغول (أخضر)   ! لم يُتحقق منه خلال الأشهر الـ%1 الماضية (كهرماني)   ✗ ناقص (أحمر) — الأدوار المشغولة: %2 من %3، والناقصة: %4</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an entry to see its details, hand-over note and the former holders of the role.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اختر قيداً لعرض تفاصيله ومذكرة التسليم والشاغلين السابقين للدور.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;مذكرة التسليم من %1 (حتى %2):&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Former holders</source>
        <translation>أصحاب المنصب السابقون</translation>
    </message>
    <message>
        <source>Add a focal point</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <source>Edit focal point</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <source>Change holder</source>
        <translation>تغيير الشاغل</translation>
    </message>
    <message>
        <source>Delete the entry “%1” for %2? Use “Change holder” instead when somebody else took over: it keeps the history.</source>
        <translation>هل تريد حذف القيد «%1» الخاص بـ%2؟ استخدم «تغيير الشاغل» بدلاً من ذلك عندما يتولى شخص آخر الدور: فهو يحتفظ بسجل التغييرات.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>حذف القيد</translation>
    </message>
<message numerus="yes"><source>Record who holds each focal point and authority role of the treaties the country is Party to; the matrix below shows the %n role(s) to fill. If the team already keeps a list in a spreadsheet, import it: every row is checked and shown to you before anything is added.</source><translation><numerusform>سجّل من يشغل كل دور من أدوار جهات الاتصال والسلطات في المعاهدات التي يكون البلد طرفاً فيها؛ وتعرض المصفوفة أدناه %n دور يلزم شغله. وإذا كان الفريق يحتفظ بالفعل بقائمة في جدول بيانات، فاستوردها: إذ يُتحقق من كل صف ويُعرض عليك قبل إضافة أي شيء.</numerusform><numerusform>سجّل من يشغل كل دور من أدوار جهات الاتصال والسلطات في المعاهدات التي يكون البلد طرفاً فيها؛ وتعرض المصفوفة أدناه %n دور يلزم شغله. وإذا كان الفريق يحتفظ بالفعل بقائمة في جدول بيانات، فاستوردها: إذ يُتحقق من كل صف ويُعرض عليك قبل إضافة أي شيء.</numerusform><numerusform>سجّل من يشغل كل دور من أدوار جهات الاتصال والسلطات في المعاهدات التي يكون البلد طرفاً فيها؛ وتعرض المصفوفة أدناه %n دورين يلزم شغلهما. وإذا كان الفريق يحتفظ بالفعل بقائمة في جدول بيانات، فاستوردها: إذ يُتحقق من كل صف ويُعرض عليك قبل إضافة أي شيء.</numerusform><numerusform>سجّل من يشغل كل دور من أدوار جهات الاتصال والسلطات في المعاهدات التي يكون البلد طرفاً فيها؛ وتعرض المصفوفة أدناه %n أدوار يلزم شغلها. وإذا كان الفريق يحتفظ بالفعل بقائمة في جدول بيانات، فاستوردها: إذ يُتحقق من كل صف ويُعرض عليك قبل إضافة أي شيء.</numerusform><numerusform>سجّل من يشغل كل دور من أدوار جهات الاتصال والسلطات في المعاهدات التي يكون البلد طرفاً فيها؛ وتعرض المصفوفة أدناه %n دوراً يلزم شغله. وإذا كان الفريق يحتفظ بالفعل بقائمة في جدول بيانات، فاستوردها: إذ يُتحقق من كل صف ويُعرض عليك قبل إضافة أي شيء.</numerusform><numerusform>سجّل من يشغل كل دور من أدوار جهات الاتصال والسلطات في المعاهدات التي يكون البلد طرفاً فيها؛ وتعرض المصفوفة أدناه %n دور يلزم شغله. وإذا كان الفريق يحتفظ بالفعل بقائمة في جدول بيانات، فاستوردها: إذ يُتحقق من كل صف ويُعرض عليك قبل إضافة أي شيء.</numerusform></translation></message></context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <source>Add a reference framework</source>
        <translation>إضافة إطار مرجعي</translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation>ال&amp;رمز المختصر:</translation>
    </message>
    <message>
        <source>for example AU-STRATEGY</source>
        <translation>مثلاً AU-STRATEGY</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>ال&amp;صك:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
    <message>
        <source>decision or resolution that adopted it</source>
        <translation>المقرر أو القرار الذي اعتمده</translation>
    </message>
    <message>
        <source>&amp;Goals or targets:</source>
        <translation>الأهداف أو ال&amp;غايات:</translation>
    </message>
    <message>
        <source>One per line, as “code: title”, for example
G1: Reduce threats to species</source>
        <translation>واحد في كل سطر بالشكل «الرمز: العنوان»، مثلاً
G1: الحد من التهديدات التي تواجه الأنواع</translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <source>%1/%2</source>
        <extracomment>The roles this model answers; a view asks for many more (fonts, colours, icons, check states) on every paint, and those are answered without looking at the answers.</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 options answered</source>
        <translation>أُجيب عن %1 من %2 من الخيارات</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>مُجاب عنه</translation>
    </message>
    <message>
        <source>not yet discussed</source>
        <translation>لم يُناقش بعد</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>Area and option</source>
        <translation>المجال والخيار</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>رجوع (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>تقدّم (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>a word or a phrase, for example round</source>
        <translation>كلمة أو عبارة، مثلاً جولة</translation>
    </message>
    <message>
        <source>Search the user guide</source>
        <translation>البحث في دليل المستخدم</translation>
    </message>
    <message>
        <source>Sections of the user guide</source>
        <translation>أقسام دليل المستخدم</translation>
    </message>
    <message>
        <source>Places found in the user guide</source>
        <translation>المواضع التي عُثر عليها في دليل المستخدم</translation>
    </message>
    <message>
        <source>Text of the user guide</source>
        <translation>نص دليل المستخدم</translation>
    </message>
    <message>
        <source>%1 – User guide</source>
        <translation>%1 – دليل المستخدم</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contents&lt;/b&gt;</source>
        <translation>&lt;b&gt;المحتويات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>اكتب حرفين على الأقل.</translation>
    </message>
    <message>
        <source>No place in the guide contains “%1”.</source>
        <translation>لا يوجد موضع في الدليل يحتوي على «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>عُثر على %n موضع</numerusform>
            <numerusform>عُثر على %n موضع</numerusform>
            <numerusform>عُثر على %n موضعين</numerusform>
            <numerusform>عُثر على %n مواضع</numerusform>
            <numerusform>عُثر على %n موضعاً</numerusform>
            <numerusform>عُثر على %n موضع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import national targets</source>
        <translation>استيراد الغايات الوطنية</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2: %3 target(s) will be added; %4 row(s) are rejected and will not be imported.</source>
        <translation>الورقة «%1» من %2: عدد الغايات التي ستُضاف: %3؛ وعدد الصفوف المرفوضة التي لن تُستورد: %4.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>المؤسسة الرائدة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Targets to add</source>
        <translation>الغايات المراد إضافتها</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message numerus="yes">
        <source>Import %n target(s)</source>
        <translation>
            <numerusform>استيراد %n غاية</numerusform>
            <numerusform>استيراد %n غاية</numerusform>
            <numerusform>استيراد %n غايتين</numerusform>
            <numerusform>استيراد %n غايات</numerusform>
            <numerusform>استيراد %n غاية</numerusform>
            <numerusform>استيراد %n غاية</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;ما سيُضاف&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;الصفوف المرفوضة&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>0 – not started</source>
        <translation>0 – لم يبدأ</translation>
    </message>
    <message>
        <source>1 – planned or initial steps</source>
        <translation>1 – مخطط له أو خطوات أولية</translation>
    </message>
    <message>
        <source>2 – partly in place</source>
        <translation>2 – قائم جزئياً</translation>
    </message>
    <message>
        <source>3 – largely in place</source>
        <translation>3 – قائم إلى حد كبير</translation>
    </message>
    <message>
        <source>4 – fully in place</source>
        <translation>4 – قائم بالكامل</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>لم يُناقش بعد</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>نهائية</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Conventions concerned</source>
        <translation>الاتفاقيات المعنية</translation>
    </message>
    <message>
        <source>Responsible institution(s)</source>
        <translation>المؤسسة (المؤسسات) المسؤولة</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>الأدلة والملاحظات</translation>
    </message>
    <message>
        <source>Gaps and obstacles</source>
        <translation>الثغرات والعقبات</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>لم يُتخذ أي إجراء بعد.</translation>
    </message>
    <message>
        <source>The step is planned or the first actions have started.</source>
        <translation>الخطوة مخطط لها أو بدأت الإجراءات الأولى.</translation>
    </message>
    <message>
        <source>Some elements work, but important parts are missing.</source>
        <translation>بعض العناصر تعمل، لكن أجزاء مهمة ناقصة.</translation>
    </message>
    <message>
        <source>Most elements work; a few gaps remain.</source>
        <translation>معظم العناصر تعمل؛ وتبقى بعض الثغرات.</translation>
    </message>
    <message>
        <source>The option is fully in place and works in practice.</source>
        <translation>الخيار قائم بالكامل ويعمل في الممارسة العملية.</translation>
    </message>
    <message>
        <source>The option does not apply to this country; it is left out of the scores.</source>
        <translation>لا ينطبق الخيار على هذا البلد؛ ويُستبعد من الدرجات.</translation>
    </message>
    <message>
        <source>The team has not discussed this option yet.</source>
        <translation>لم يناقش الفريق هذا الخيار بعد.</translation>
    </message>
    <message>
        <source>focal-point register</source>
        <translation>سجل جهات الاتصال</translation>
    </message>
    <message>
        <source>coordination mechanism</source>
        <translation>آلية التنسيق</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>مواءمة الاستراتيجيات وخطط العمل الوطنية</translation>
    </message>
    <message>
        <source>reporting calendar</source>
        <translation>الجدول الزمني للإبلاغ</translation>
    </message>
    <message>
        <source>shared datasets</source>
        <translation>مجموعات البيانات المشتركة</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>none</source>
        <translation>لا مساهمة</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>جزئية</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>مباشرة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>مساحة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>فتح مساحة العمل ال&amp;تجريبية</translation>
    </message>
    <message>
        <source>&amp;Export summary…</source>
        <translation>ت&amp;صدير الموجز…</translation>
    </message>
    <message>
        <source>Open team ser&amp;ver workspace…</source>
        <translation>فتح مساحة &amp;عمل على خادم الفريق…</translation>
    </message>
    <message>
        <source>Export q&amp;uestionnaire…</source>
        <translation>تصدير الا&amp;ستبيان…</translation>
    </message>
    <message>
        <source>&amp;Import questionnaire…</source>
        <translation>&amp;استيراد الاستبيان…</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>حفظ مساحة العمل &amp;باسم…</translation>
    </message>
    <message>
        <source>Country &amp;profile…</source>
        <translation>&amp;ملف البلد…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>ال&amp;تقييم</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>&amp;جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Coordination</source>
        <translation>التن&amp;سيق</translation>
    </message>
    <message>
        <source>&amp;NBSAP alignment</source>
        <translation>&amp;مواءمة الاستراتيجيات وخطط العمل الوطنية</translation>
    </message>
    <message>
        <source>&amp;Reporting calendar</source>
        <translation>الجدول ال&amp;زمني للإبلاغ</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>إ&amp;غلاق مساحة العمل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>ا&amp;سمك…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>جولة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>Round &amp;details…</source>
        <translation>&amp;تفاصيل الجولة…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>ا&amp;عتماد…</translation>
    </message>
    <message>
        <source>New round from &amp;this one…</source>
        <translation>جولة جديدة انطلاقاً من &amp;هذه الجولة…</translation>
    </message>
    <message>
        <source>De&amp;lete round…</source>
        <translation>&amp;حذف الجولة…</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>ت&amp;كبير النص</translation>
    </message>
    <message>
        <source>Nor&amp;mal text size</source>
        <translation>&amp;حجم النص العادي</translation>
    </message>
    <message>
        <source>Ne&amp;xt option</source>
        <translation>&amp;الخيار التالي</translation>
    </message>
    <message>
        <source>&amp;Previous option</source>
        <translation>الخيار السا&amp;بق</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <source>&amp;History panel</source>
        <translation>&amp;لوحة سجل التغييرات</translation>
    </message>
    <message>
        <source>&amp;About Synergy Desktop</source>
        <translation>&amp;حول Synergy Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>الملفات ال&amp;حديثة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تح&amp;رير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Round: </source>
        <translation>ال&amp;جولة: </translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>جولة التقييم</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>مساحة العمل: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>لا توجد مساحة عمل مفتوحة</translation>
    </message>
    <message>
        <source>%1 – Synergy Desktop</source>
        <translation>%1 – Synergy Desktop</translation>
    </message>
    <message>
        <source>Synergy Desktop</source>
        <translation>Synergy Desktop</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>no contribution</source>
        <translation>لا مساهمة</translation>
    </message>
    <message>
        <source>partial contribution</source>
        <translation>مساهمة جزئية</translation>
    </message>
    <message>
        <source>direct contribution</source>
        <translation>مساهمة مباشرة</translation>
    </message>
    <message>
        <source>%1 → %2 %3: %4</source>
        <translation>%1 ← %2 %3: %4</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>تسجيل اجتماع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>ال&amp;مشاركون:</translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation>ال&amp;قرارات:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>ال&amp;خطوات التالية:</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>(an institution, not a person of the register)</source>
        <translation>(مؤسسة، وليست شخصاً من السجل)</translation>
    </message>
    <message>
        <source>Person from the register</source>
        <translation>شخص من السجل</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>الم&amp;ؤسسة:</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1 cannot be merged: its records are damaged or incomplete. Nothing was changed; ask for a fresh copy.</source>
        <translation>لا يمكن دمج %1: سجلاته تالفة أو ناقصة. لم يتغير شيء؛ اطلب نسخة جديدة.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its round “%2” was answered against the framework %3 version %4, and this workspace uses %5 version %6. Nothing was changed.</source>
        <translation>لا يمكن دمج %1: أُجيب عن جولته «%2» وفق الإطار %3 الإصدار %4، بينما تستخدم مساحة العمل هذه %5 الإصدار %6. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1 is this workspace itself; choose another file to merge.</source>
        <translation>%1 هو مساحة العمل هذه نفسها؛ اختر ملفًا آخر للدمج.</translation>
    </message>
    <message>
        <source>The merge was not applied (%1). Nothing was changed.</source>
        <translation>لم يُطبَّق الدمج (%1). لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>مدمج من %1</translation>
    </message>
    <message>
        <source>kept this workspace's value</source>
        <translation>أُبقي على قيمة مساحة العمل هذه</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>ملف البلد</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>آلية التنسيق</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>الغاية الوطنية</translation>
    </message>
    <message>
        <source>Reference framework</source>
        <translation>الإطار المرجعي</translation>
    </message>
    <message>
        <source>Framework target</source>
        <translation>غاية الإطار</translation>
    </message>
    <message>
        <source>Alignment cell</source>
        <translation>خلية المواءمة</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <source>Reporting obligation</source>
        <translation>التزام الإبلاغ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>رمز ISO</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Instruments left out</source>
        <translation>الصكوك المستبعدة</translation>
    </message>
    <message>
        <source>Months before an entry needs checking</source>
        <translation>عدد الأشهر قبل أن يحتاج القيد إلى تحقق</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الصك</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>رئيسية</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>تاريخ التعيين</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>مذكرة التسليم</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>الخلف</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>الولاية</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>عدد الاجتماعات في السنة</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>تاريخ الانعقاد</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>إصدار الاستراتيجية وخطة العمل الوطنية</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>المؤسسة الرائدة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>الرمز المختصر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>الغاية المرجعية</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>مستوى المساهمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>الجهة الحافظة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>وتيرة التحديث</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>التكرار (بالأشهر)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Due date precision</source>
        <translation>دقة الموعد النهائي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>مجموعات البيانات</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(القيد بأكمله)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>مُعدَّل</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>الإجابات: %n</numerusform><numerusform>الإجابات: %n</numerusform><numerusform>الإجابات: %n</numerusform><numerusform>الإجابات: %n</numerusform><numerusform>الإجابات: %n</numerusform><numerusform>الإجابات: %n</numerusform></translation></message>
    <message>
        <source>The round is finalised here.</source>
        <translation>الجولة معتمدة هنا.</translation>
    </message>
    <message>
        <source>It belongs to a record that is not in this workspace.</source>
        <translation>ينتمي إلى قيد غير موجود في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>This workspace has another framework with the same key.</source>
        <translation>تتضمن مساحة العمل هذه إطاراً آخر بالرمز المختصر نفسه.</translation>
    </message>
    <message>
        <source>Records added here still refer to it.</source>
        <translation>لا تزال قيود أُضيفت هنا تشير إليه.</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>مساحات عمل Synergy (*.synergy);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>تعذر ذلك: %1</translation>
    </message>
    <message>
        <source>Merge another workspace</source>
        <translation>دمج مساحة عمل أخرى</translation>
    </message>
    <message>
        <source>Reading the other workspace…</source>
        <translation>جارٍ قراءة مساحة العمل الأخرى…</translation>
    </message>
    <message>
        <source>%1 holds nothing that this workspace does not have already.</source>
        <translation>لا تتضمن %1 أي شيء غير موجود بالفعل في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed.</source>
        <translation>أُلغي الدمج؛ لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>جارٍ الدمج…</translation>
    </message>
    <message>
        <source>Merged %1: %2 change(s) applied, %3 conflict(s) kept as here, %4 left undecided, %5 held.</source>
        <translation>دُمجت %1؛ التغييرات المطبَّقة: %2، والتعارضات المُبقاة كما هي هنا: %3، والمتروكة دون قرار: %4، والتغييرات المعلّقة: %5.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>جارٍ حفظ نسخة…</translation>
    </message>
    <message>
        <source>A copy was saved to %1; you are still working in %2.</source>
        <translation>حُفظت نسخة في %1؛ ولا تزال تعمل في %2.</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>مقارنة مساحات العمل</translation>
    </message>
    <message>
        <source>Choose two or more workspaces (hold Ctrl to choose several).</source>
        <translation>اختر مساحتي عمل أو أكثر (اضغط باستمرار على Ctrl لاختيار عدة مساحات).</translation>
    </message>
    <message>
        <source>Reading the workspaces…</source>
        <translation>جارٍ قراءة مساحات العمل…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>جارٍ كتابة المصنف…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Comparison written to %1</source>
        <translation>كُتبت المقارنة في %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>تتعذر كتابة المصنف في %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Merge another workspace…</source>
        <translation>&amp;دمج مساحة عمل أخرى…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>Compare &amp;workspaces…</source>
        <translation>م&amp;قارنة مساحات العمل…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another workspace</source>
        <translation>دمج مساحة عمل أخرى</translation>
    </message>
    <message>
        <source>%1: %2 change(s) come in; %3 conflict(s) need your choice; %4 change(s) are held and not applied. A backup copy is made before anything is written.</source>
        <translation>%1: التغييرات الواردة: %2؛ والتعارضات التي تحتاج إلى اختيارك: %3؛ والتغييرات المعلّقة التي لن تُطبَّق: %4. وتُنشأ نسخة احتياطية قبل كتابة أي شيء.</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records are matched by their stable ids only, and every difference is a conflict.</source>
        <translation>ليس لمساحتي العمل سجل تغييرات مشترك: تُطابَق القيود بمعرّفاتها الثابتة فقط، ويُعدّ كل اختلاف تعارضاً.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>عُدِّل بواسطة</translation>
    </message>
    <message>
        <source>Incoming changes</source>
        <translation>التغييرات الواردة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Held changes</source>
        <translation>التغييرات المعلّقة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incoming changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;التغييرات الواردة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (tick to take theirs)</source>
        <translation>&lt;b&gt;التعارضات&lt;/b&gt; (أشِّر للأخذ بنسختهم)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held&lt;/b&gt; (reported, not applied)</source>
        <translation>&lt;b&gt;التغييرات المعلّقة&lt;/b&gt; (تُعرض ولا تُطبَّق)</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>الإبقاء على نسختي في الكل</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>الأخذ بنسختهم في الكل</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
</context>
<context>
    <name>Nbsap</name>
    <message>
        <source>A national target needs a code, for example T1 or 3.2.</source>
        <translation>تحتاج الغاية الوطنية إلى رمز، مثل T1 أو 3.2.</translation>
    </message>
    <message>
        <source>“%1” is not a usable code: use letters, digits, dots or dashes, at most 30.</source>
        <translation>«%1» ليس رمزاً صالحاً للاستخدام: استخدم الحروف أو الأرقام أو النقاط أو الشرطات، بحد أقصى 30 حرفاً.</translation>
    </message>
    <message>
        <source>A national target needs a title.</source>
        <translation>تحتاج الغاية الوطنية إلى عنوان.</translation>
    </message>
    <message>
        <source>The title is too long (at most 500 characters).</source>
        <translation>العنوان أطول من اللازم (الحد الأقصى 500 حرف).</translation>
    </message>
    <message>
        <source>There is already a national target with the code “%1”.</source>
        <translation>توجد بالفعل غاية وطنية بالرمز «%1».</translation>
    </message>
    <message>
        <source>There is no national target with id %1.</source>
        <translation>لا توجد غاية وطنية بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no reference framework “%1”.</source>
        <translation>لا يوجد إطار مرجعي «%1».</translation>
    </message>
    <message>
        <source>Give the framework a short code (letters, digits, dots or dashes).</source>
        <translation>أعطِ الإطار رمزاً مختصراً (حروف أو أرقام أو نقاط أو شرطات).</translation>
    </message>
    <message>
        <source>A framework with the code “%1” exists already.</source>
        <translation>يوجد بالفعل إطار بالرمز «%1».</translation>
    </message>
    <message>
        <source>Give the framework a name.</source>
        <translation>أعطِ الإطار اسماً.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>صك غير معروف «%1».</translation>
    </message>
    <message>
        <source>List at least one goal or target, one per line as “code: title”.</source>
        <translation>أدرج هدفاً أو غاية واحدة على الأقل، واحداً في كل سطر بالشكل «الرمز: العنوان».</translation>
    </message>
    <message>
        <source>Each goal needs its own short code and a title, one per line as “code: title”.</source>
        <translation>يحتاج كل هدف إلى رمز مختصر خاص به وإلى عنوان، واحد في كل سطر بالشكل «الرمز: العنوان».</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>لا يمكن حذف إلا الأطر المضافة في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>%1 has no target “%2”.</source>
        <translation>لا توجد في %1 غاية «%2».</translation>
    </message>
</context>
<context>
    <name>NbsapView</name>
    <message>
        <source>Alignment</source>
        <translation>المواءمة</translation>
    </message>
    <message>
        <source>&lt;b&gt;National targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;الغايات الوطنية&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;استيراد من Excel…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>تعدي&amp;ل…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Reference frame&amp;work:</source>
        <translation>الإ&amp;طار المرجعي:</translation>
    </message>
    <message>
        <source>Add a framework…</source>
        <translation>إضافة إطار…</translation>
    </message>
    <message>
        <source>Delete framework…</source>
        <translation>حذف الإطار…</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>لا يمكن حذف إلا الأطر المضافة في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>&amp;Note on cell…</source>
        <translation>ملاحظة على ال&amp;خلية…</translation>
    </message>
    <message>
        <source>National targets</source>
        <translation>الغايات الوطنية</translation>
    </message>
    <message>
        <source>No national target is recorded yet</source>
        <translation>لم تُسجَّل أي غاية وطنية بعد</translation>
    </message>
    <message>
        <source>Add the targets of your NBSAP, or import them from an Excel sheet with a “Code” and a “Title” column. Then mark which global targets each one serves (the Kunming-Montreal framework and the goals of the other conventions), and see the gaps both ways.</source>
        <translation>أضف غايات استراتيجيتك وخطة عملك الوطنية للتنوع البيولوجي، أو استوردها من ورقة Excel تتضمن عمود «الرمز» (Code) وعمود «العنوان» (Title). ثم حدِّد الغايات العالمية التي تخدمها كل غاية (إطار كونمينغ-مونتريال وأهداف الاتفاقيات الأخرى)، واطّلع على الثغرات في الاتجاهين.</translation>
    </message>
    <message>
        <source>Add a target…</source>
        <translation>إضافة غاية…</translation>
    </message>
    <message>
        <source>Import targets from Excel…</source>
        <translation>استيراد الغايات من Excel…</translation>
    </message>
    <message>
        <source>Alignment matrix</source>
        <translation>مصفوفة المواءمة</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>التغطية والثغرات</translation>
    </message>
    <message>
        <source>● direct contribution   ◐ partial   (empty) none. Keys: 2 direct, 1 partial, 0 none, Space cycles, F2 opens a list. Point at a cell for the target's title.</source>
        <translation>● مساهمة مباشرة   ◐ جزئية   (فارغ) لا مساهمة. المفاتيح: 2 مباشرة، 1 جزئية، 0 لا مساهمة، Space للتنقل بين القيم، F2 لفتح قائمة. أشِر إلى خلية لعرض عنوان الغاية.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا يوجد.</translation>
    </message>
    <message>
        <source>%1 of %2 covered (%3%)</source>
        <translation>تغطية %1 من %2 (%3%)</translation>
    </message>
    <message>
        <source>Coverage of each framework</source>
        <translation>تغطية كل إطار</translation>
    </message>
    <message>
        <source>Reference targets no national target covers</source>
        <translation>الغايات المرجعية التي لا تغطيها أي غاية وطنية</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>الغايات الوطنية التي لا تخدم أي غاية مرجعية</translation>
    </message>
    <message>
        <source>Add a national target</source>
        <translation>إضافة غاية وطنية</translation>
    </message>
    <message>
        <source>Edit national target</source>
        <translation>تعديل الغاية الوطنية</translation>
    </message>
    <message>
        <source>Delete the national target %1 “%2” and its alignments?</source>
        <translation>هل تريد حذف الغاية الوطنية %1 «%2» ومواءماتها؟</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>حذف الغاية</translation>
    </message>
    <message>
        <source>Import national targets</source>
        <translation>استيراد الغايات الوطنية</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد أي شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n national target(s) added.</source>
        <translation>
            <numerusform>أُضيفت %n غاية وطنية.</numerusform>
            <numerusform>أُضيفت %n غاية وطنية.</numerusform>
            <numerusform>أُضيفت %n غايتان وطنيتان.</numerusform>
            <numerusform>أُضيفت %n غايات وطنية.</numerusform>
            <numerusform>أُضيفت %n غاية وطنية.</numerusform>
            <numerusform>أُضيفت %n غاية وطنية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the reference framework “%1” and every alignment to it? This cannot be undone.</source>
        <translation>هل تريد حذف الإطار المرجعي «%1» وكل المواءمات المرتبطة به؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete framework</source>
        <translation>حذف الإطار</translation>
    </message>
    <message>
        <source>Note on the alignment</source>
        <translation>ملاحظة على المواءمة</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>ال&amp;صك:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>التق&amp;رير:</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>ال&amp;دورة:</translation>
    </message>
    <message>
        <source>Repeats e&amp;very:</source>
        <translation>&amp;التكرار:</translation>
    </message>
    <message>
        <source>does not repeat</source>
        <translation>لا يتكرر</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهراً</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>الموعد ال&amp;نهائي:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Date &amp;precision:</source>
        <translation>دقة ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>اليوم بالتحديد</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>الشهر فقط</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>Responsible &amp;focal point:</source>
        <translation>جهة الاتصال ال&amp;مسؤولة:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(لا أحد بعد)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملا&amp;حظات:</translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <source>Instrument</source>
        <translation>الصك</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>الأيام المتبقية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>مجموعات البيانات</translation>
    </message>
</context>
<context>
    <name>OptionText</name>
    <message>
        <source>Area %1: %2</source>
        <translation>المجال %1: %2</translation>
    </message>
    <message>
        <source>What “fully in place” looks like</source>
        <translation>ما يعنيه «قائم بالكامل»</translation>
    </message>
    <message>
        <source>Questions for the team</source>
        <translation>أسئلة للفريق</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Good practice: this option does not rest on a specific decision or resolution.</source>
        <translation>ممارسة جيدة: لا يستند هذا الخيار إلى مقرر أو قرار محدد.</translation>
    </message>
    <message>
        <source>Related evidence in this workspace:</source>
        <translation>الأدلة ذات الصلة في مساحة العمل هذه:</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Focal points</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Upcoming reporting deadlines</source>
        <translation>المواعيد النهائية القادمة للإبلاغ</translation>
    </message>
    <message>
        <source>Open the walk-through</source>
        <translation>فتح التقييم</translation>
    </message>
    <message>
        <source>Answers and score per area</source>
        <translation>الإجابات والدرجة حسب المجال</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>الدرجة حسب المجال</translation>
    </message>
    <message>
        <source>Progress per area</source>
        <translation>التقدم حسب المجال</translation>
    </message>
    <message>
        <source>Score per area across rounds</source>
        <translation>الدرجة حسب المجال عبر الجولات</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>فتح السجل</translation>
    </message>
    <message>
        <source>Open the alignment</source>
        <translation>فتح المواءمة</translation>
    </message>
    <message>
        <source>NBSAP coverage per framework</source>
        <translation>تغطية الاستراتيجية وخطة العمل الوطنية حسب الإطار</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>فتح الجدول الزمني</translation>
    </message>
    <message>
        <source>Overview of the round</source>
        <translation>نظرة عامة على الجولة</translation>
    </message>
    <message>
        <source>Options answered</source>
        <translation>الخيارات المُجاب عنها</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Targets covered</source>
        <translation>الغايات المغطاة</translation>
    </message>
    <message>
        <source>%1 filled   %2 not verified recently   %3 missing</source>
        <translation>%1 مشغول   %2 لم يُتحقق منه مؤخراً   %3 ناقص</translation>
    </message>
    <message>
        <source>Country not named yet (File &gt; Country profile…)</source>
        <translation>لم يُحدَّد اسم البلد بعد (ملف &gt; ملف البلد…)</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>لا توجد جولة بعد.</translation>
    </message>
    <message>
        <source>score %1%</source>
        <translation>الدرجة %1 في المائة</translation>
    </message>
    <message>
        <source>no rating yet</source>
        <translation>لا يوجد تقدير بعد</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 options answered; %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;أُجيب عن %2 من %3 من الخيارات؛ %4.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 answered, score %5</source>
        <translation>%1 %2: أُجيب عن %3 من %4، والدرجة %5</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled&lt;br&gt;%3 missing, %4 not verified in the last %5 months.</source>
        <translation>الأدوار المشغولة: %1 من %2&lt;br&gt;الناقصة: %3، وغير المتحقق منها خلال الأشهر الـ%5 الماضية: %4.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: تغطية %2 من %3</translation>
    </message>
    <message>
        <source>No dated report is open.</source>
        <translation>لا يوجد تقرير معلَّق ذو موعد محدد.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Your copy of the demo</source>
        <translation>نسختك من مساحة العمل التجريبية</translation>
    </message>
    <message>
        <source>You get your own copy of the demo country, to change as you like. Your changes are recorded under your name. Type the name to show:</source>
        <translation>تحصل على نسختك الخاصة من البلد التجريبي لتغييرها كما تشاء. وتُسجَّل تغييراتك باسمك. اكتب الاسم المراد عرضه:</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Presenter mode: press F11 to leave it.</source>
        <translation>وضع العرض: اضغط F11 للخروج منه.</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>وضع ال&amp;عرض</translation>
    </message>
    <message>
        <source>High con&amp;trast</source>
        <translation>ت&amp;باين عالٍ</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import questionnaire</source>
        <translation>استيراد الاستبيان</translation>
    </message>
    <message>
        <source>%1: %2 change(s) will be applied; %3 cell(s) are rejected and will not be imported.</source>
        <translation>%1: عدد التغييرات التي ستُطبَّق: %2؛ وعدد الخلايا المرفوضة التي لن تُستورد: %3.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>الخلية</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>الخلايا المرفوضة</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>تطبيق %n تغيير</numerusform>
            <numerusform>تطبيق %n تغيير</numerusform>
            <numerusform>تطبيق %n تغييرين</numerusform>
            <numerusform>تطبيق %n تغييرات</numerusform>
            <numerusform>تطبيق %n تغييراً</numerusform>
            <numerusform>تطبيق %n تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;التغييرات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected cells&lt;/b&gt;</source>
        <translation>&lt;b&gt;الخلايا المرفوضة&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>unknown rating “%1”</source>
        <translation>تقدير غير معروف «%1»</translation>
    </message>
    <message>
        <source>unknown priority “%1”</source>
        <translation>أولوية غير معروفة «%1»</translation>
    </message>
    <message>
        <source>the list of conventions is far too long</source>
        <translation>قائمة الاتفاقيات أطول بكثير من اللازم</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>«%1» ليس تاريخاً</translation>
    </message>
    <message>
        <source>the date %1 is not a plausible target date (%2 to %3)</source>
        <translation>التاريخ %1 ليس تاريخاً مستهدفاً معقولاً (من %2 إلى %3)</translation>
    </message>
    <message>
        <source>%1 is not a Synergy Desktop questionnaire (its identification sheet is missing). Export a questionnaire from the app and fill that in; nothing was imported.</source>
        <translation>%1 ليس استبياناً من Synergy Desktop (ورقة التعريف الخاصة به مفقودة). صدِّر استبياناً من التطبيق واملأه؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>%1 cannot be read: its hidden identification sheet is damaged. Ask for a new copy, or export a new questionnaire; nothing was imported.</source>
        <translation>تتعذر قراءة %1: ورقة التعريف المخفية الخاصة به تالفة. اطلب نسخة جديدة، أو صدِّر استبياناً جديداً؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>%1 is a questionnaire of a format this version does not know; nothing was imported.</source>
        <translation>%1 استبيان بتنسيق لا يعرفه هذا الإصدار؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>%1 was made for a different framework version (%2 %3) than this round uses (%4 %5). Export a new questionnaire for this round; nothing was imported.</source>
        <translation>أُعدّ %1 لإصدار من الإطار (%2 %3) يختلف عن الإصدار الذي تستخدمه هذه الجولة (%4 %5). صدِّر استبياناً جديداً لهذه الجولة؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>this sheet holds options but its hidden first cell no longer names an area; the sheet was not read</source>
        <translation>تحتوي هذه الورقة على خيارات، لكن خليتها الأولى المخفية لم تعد تحدد مجالاً؛ ولم تُقرأ الورقة</translation>
    </message>
    <message>
        <source>the row of option %1 is missing (deleted, or its id changed); it was not read</source>
        <translation>صف الخيار %1 مفقود (حُذف، أو تغيّر معرّفه)؛ ولم يُقرأ</translation>
    </message>
    <message>
        <source>%1 appears on more than one row (%2) with different answers; none of them was read</source>
        <translation>يظهر %1 في أكثر من صف (%2) بإجابات مختلفة؛ ولم يُقرأ أي منها</translation>
    </message>
    <message>
        <source>the option id was edited (row %1); the row was skipped</source>
        <translation>عُدِّل معرّف الخيار (الصف %1)؛ وتم تخطي الصف</translation>
    </message>
    <message>
        <source>option %1 belongs on the sheet of area %2 (wrong sheet)</source>
        <translation>الخيار %1 مكانه ورقة المجال %2 (ورقة خاطئة)</translation>
    </message>
    <message>
        <source>questionnaire %1</source>
        <translation>الاستبيان %1</translation>
    </message>
<message numerus="yes"><source>the sheet of area %1 is missing (deleted, or its hidden first cell changed); its %n option(s) were not read</source><translation><numerusform>ورقة المجال %1 مفقودة (حُذفت، أو تغيّرت خليتها الأولى المخفية)؛ ولم يُقرأ %n خيار من خياراتها</numerusform><numerusform>ورقة المجال %1 مفقودة (حُذفت، أو تغيّرت خليتها الأولى المخفية)؛ ولم يُقرأ %n خيار من خياراتها</numerusform><numerusform>ورقة المجال %1 مفقودة (حُذفت، أو تغيّرت خليتها الأولى المخفية)؛ ولم يُقرأ %n خياران من خياراتها</numerusform><numerusform>ورقة المجال %1 مفقودة (حُذفت، أو تغيّرت خليتها الأولى المخفية)؛ ولم تُقرأ %n خيارات من خياراتها</numerusform><numerusform>ورقة المجال %1 مفقودة (حُذفت، أو تغيّرت خليتها الأولى المخفية)؛ ولم يُقرأ %n خياراً من خياراتها</numerusform><numerusform>ورقة المجال %1 مفقودة (حُذفت، أو تغيّرت خليتها الأولى المخفية)؛ ولم يُقرأ %n خيار من خياراتها</numerusform></translation></message></context>
<context>
    <name>QuestionnaireActions</name>
    <message>
        <source>Export questionnaire</source>
        <translation>تصدير الاستبيان</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the questionnaire</source>
        <translation>جارٍ تصدير الاستبيان</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Questionnaire written to %1</source>
        <translation>كُتب الاستبيان في %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>تتعذر كتابة المصنف في %1 (%2).</translation>
    </message>
    <message>
        <source>Import questionnaire</source>
        <translation>استيراد الاستبيان</translation>
    </message>
    <message>
        <source>This round is finalised. Start a new round from it to import answers.</source>
        <translation>هذه الجولة معتمدة. ابدأ جولة جديدة انطلاقاً منها لاستيراد الإجابات.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد أي شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated from %1</source>
        <translation>
            <numerusform>حُدِّث %n حقل إجابة من %1</numerusform>
            <numerusform>حُدِّث %n حقل إجابة من %1</numerusform>
            <numerusform>حُدِّث %n حقلا إجابة من %1</numerusform>
            <numerusform>حُدِّثت %n حقول إجابة من %1</numerusform>
            <numerusform>حُدِّث %n حقلاً للإجابة من %1</numerusform>
            <numerusform>حُدِّث %n حقل إجابة من %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>“%1” in the column %2 is not a date (YYYY-MM-DD)</source>
        <translation>«%1» في العمود %2 ليس تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”</source>
        <translation>صك غير معروف «%1»</translation>
    </message>
    <message>
        <source>No instrument given</source>
        <translation>لم يُحدَّد أي صك</translation>
    </message>
    <message>
        <source>The country is not Party to %1 (File &gt; Country profile)</source>
        <translation>البلد ليس طرفاً في %1 (ملف &gt; ملف البلد)</translation>
    </message>
    <message>
        <source>%1 has no role “%2”</source>
        <translation>لا يوجد في %1 دور «%2»</translation>
    </message>
    <message>
        <source>%1 already has a holder in the register (%2); use “Change holder”</source>
        <translation>لـ%1 شاغل بالفعل في السجل (%2)؛ استخدم «تغيير الشاغل»</translation>
    </message>
    <message>
        <source>%1 is given again (first on row %2)</source>
        <translation>ورد %1 مرة أخرى (ورد أولاً في الصف %2)</translation>
    </message>
    <message>
        <source>%1 is already in the register as %2</source>
        <translation>%1 موجود بالفعل في السجل بصفة %2</translation>
    </message>
    <message>
        <source>The same row appears again (first on row %1)</source>
        <translation>يتكرر الصف نفسه (ورد أولاً في الصف %1)</translation>
    </message>
    <message>
        <source>%1 has no header row with “Instrument” and “Role” columns. Add one above the focal points and try again; nothing was imported.</source>
        <translation>لا يحتوي %1 على صف عناوين يتضمن عمودَي «الصك» (Instrument) و«الدور» (Role). أضف صفاً كهذا فوق جهات الاتصال وحاول مرة أخرى؛ لم يُستورد أي شيء.</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import focal points</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2</source>
        <translation>الورقة «%1» من %2</translation>
    </message>
    <message>
        <source>%1: %2 focal point(s) will be added; %3 row(s) are rejected and will not be imported. Correct them in the file and import it again, or add them by hand afterwards.</source>
        <translation>%1: عدد جهات الاتصال التي ستُضاف: %2؛ وعدد الصفوف المرفوضة التي لن تُستورد: %3. صحّحها في الملف واستورده مرة أخرى، أو أضفها يدوياً بعد ذلك.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Focal points to add</source>
        <translation>جهات الاتصال المراد إضافتها</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;ما سيُضاف&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;الصفوف المرفوضة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>جداول البيانات (*.xlsx *.csv);;مصنفات Excel (*.xlsx);;ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد أي شيء: %1</translation>
    </message>
<message numerus="yes"><source>%n focal point(s) added.</source><translation><numerusform>أُضيفت %n جهة اتصال.</numerusform><numerusform>أُضيفت %n جهة اتصال.</numerusform><numerusform>أُضيفت %n جهتا اتصال.</numerusform><numerusform>أُضيفت %n جهات اتصال.</numerusform><numerusform>أُضيفت %n جهة اتصال.</numerusform><numerusform>أُضيفت %n جهة اتصال.</numerusform></translation></message><message numerus="yes"><source>Import %n focal point(s)</source><translation><numerusform>استيراد %n جهة اتصال</numerusform><numerusform>استيراد %n جهة اتصال</numerusform><numerusform>استيراد %n جهتي اتصال</numerusform><numerusform>استيراد %n جهات اتصال</numerusform><numerusform>استيراد %n جهة اتصال</numerusform><numerusform>استيراد %n جهة اتصال</numerusform></translation></message></context>
<context>
    <name>Report</name>
    <message>
        <source>%1 of %2 options answered; score %3.</source>
        <translation>أُجيب عن %1 من %2 من الخيارات؛ الدرجة %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Annex: the framework and its bases</source>
        <translation>المرفق: الإطار وأسسه</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1، الإصدار %2 (المحتوى %3)</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>إصدار الإطار</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>سلم التقدير</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <source>What each option rests on</source>
        <translation>ما يستند إليه كل خيار</translation>
    </message>
    <message>
        <source>Good practice (no decision or resolution text)</source>
        <translation>ممارسة جيدة (لا يوجد نص مقرر أو قرار)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>الأسس</translation>
    </message>
    <message>
        <source>Synergies self-assessment report</source>
        <translation>تقرير التقييم الذاتي لأوجه التآزر</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>تاريخ هذا التقرير</translation>
    </message>
    <message>
        <source>Country not set</source>
        <translation>البلد غير محدد</translation>
    </message>
    <message>
        <source>This report was written by Synergy Desktop from the team's answers. Each option is rated from 0 (not started) to 4 (fully in place); the annex explains the scale and lists the texts each option rests on.</source>
        <translation>أعدّ Synergy Desktop هذا التقرير استناداً إلى إجابات الفريق. يُقدَّر كل خيار من 0 (لم يبدأ) إلى 4 (قائم بالكامل)؛ ويشرح المرفق سلم التقدير ويسرد النصوص التي يستند إليها كل خيار.</translation>
    </message>
    <message>
        <source>Names, e-mail addresses and telephone numbers are left out of this report.</source>
        <translation>استُبعدت الأسماء وعناوين البريد الإلكتروني وأرقام الهواتف من هذا التقرير.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>%1 of %2 options answered; no option is rated yet.</source>
        <translation>أُجيب عن %1 من %2 من الخيارات؛ ولم يُقدَّر أي خيار بعد.</translation>
    </message>
    <message>
        <source>%1 of %2 options answered (%3); overall score %4.</source>
        <translation>أُجيب عن %1 من %2 من الخيارات (%3)؛ الدرجة الإجمالية %4.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>نسبة الاكتمال</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>نسبة الاكتمال والدرجة حسب المجال</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of the rated, applicable options ÷ 4.</source>
        <translation>نسبة الاكتمال = الخيارات المُجاب عنها ÷ جميع الخيارات. الدرجة = متوسط التقدير (0-4) للخيارات المقدَّرة المنطبقة ÷ 4.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — next step by %2</source>
        <translation>%1 — الخطوة التالية بحلول %2</translation>
    </message>
    <message>
        <source>Strongest options</source>
        <translation>أقوى الخيارات</translation>
    </message>
    <message>
        <source>No option is rated 3 or 4 yet.</source>
        <translation>لم يحصل أي خيار على التقدير 3 أو 4 بعد.</translation>
    </message>
    <message>
        <source>Weakest options</source>
        <translation>أضعف الخيارات</translation>
    </message>
    <message>
        <source>No option is rated 0 or 1.</source>
        <translation>لم يحصل أي خيار على التقدير 0 أو 1.</translation>
    </message>
    <message>
        <source>Top priorities</source>
        <translation>الأولويات القصوى</translation>
    </message>
    <message>
        <source>No option is marked as a high priority yet.</source>
        <translation>لم يُحدَّد أي خيار بوصفه أولوية عالية بعد.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>لا يوجد تاريخ محدد</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>لم تُسجَّل أي خطوات تالية في هذه الجولة بعد.</translation>
    </message>
    <message>
        <source>Every next step recorded in this round, soonest first; steps without a target date come last.</source>
        <translation>كل خطوة تالية سُجِّلت في هذه الجولة، بدءاً بالأقرب موعداً؛ وتأتي الخطوات التي ليس لها تاريخ مستهدف في النهاية.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>لم يُتحقق منه مؤخراً</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>شاغر</translation>
    </message>
    <message>
        <source>Focal-point coverage</source>
        <translation>تغطية جهات الاتصال</translation>
    </message>
    <message>
        <source>No focal-point roles apply.</source>
        <translation>لا تنطبق أي أدوار لجهات الاتصال.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 vacant; %4 not verified in the last %5 months.</source>
        <translation>الأدوار المشغولة: %1 من %2؛ والشاغرة: %3؛ وغير المتحقق منها خلال الأشهر الـ%5 الماضية: %4.</translation>
    </message>
    <message>
        <source>Vacant roles</source>
        <translation>الأدوار الشاغرة</translation>
    </message>
    <message>
        <source>Every role has a holder.</source>
        <translation>لكل دور شاغل.</translation>
    </message>
    <message>
        <source>Roles not verified recently</source>
        <translation>الأدوار التي لم يُتحقق منها مؤخراً</translation>
    </message>
    <message>
        <source>Every holder was verified recently.</source>
        <translation>جرى التحقق من جميع الشاغلين مؤخراً.</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>جميع الأدوار</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الصك</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Holder(s)</source>
        <translation>الشاغل (الشاغلون)</translation>
    </message>
    <message>
        <source>NBSAP alignment: gaps both ways</source>
        <translation>مواءمة الاستراتيجيات وخطط العمل الوطنية: الثغرات في الاتجاهين</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>لم تُسجَّل أي غاية وطنية في مساحة العمل هذه بعد.</translation>
    </message>
    <message>
        <source>Which targets of the global frameworks no national target serves yet, and which national targets serve none of them.</source>
        <translation>غايات الأطر العالمية التي لا تخدمها أي غاية وطنية بعد، والغايات الوطنية التي لا تخدم أياً منها.</translation>
    </message>
    <message>
        <source>Targets covered by at least one national target</source>
        <translation>الغايات التي تغطيها غاية وطنية واحدة على الأقل</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>مغطاة</translation>
    </message>
    <message>
        <source>%1 of %2 targets covered.</source>
        <translation>الغايات المغطاة: %1 من %2.</translation>
    </message>
    <message>
        <source>Target not covered</source>
        <translation>الغاية غير المغطاة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>National targets that serve no global target</source>
        <translation>الغايات الوطنية التي لا تخدم أي غاية عالمية</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>الغاية الوطنية</translation>
    </message>
    <message>
        <source>Every national target serves at least one.</source>
        <translation>تخدم كل غاية وطنية غاية عالمية واحدة على الأقل.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم يبدأ العمل</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <source>Reporting calendar: the next 24 months</source>
        <translation>الجدول الزمني للإبلاغ: الأشهر الـ24 القادمة</translation>
    </message>
    <message>
        <source>overdue, %1</source>
        <translation>متأخر، %1</translation>
    </message>
    <message>
        <source>No open report is due until %1.</source>
        <translation>لا يحل موعد أي تقرير معلَّق حتى %1.</translation>
    </message>
    <message>
        <source>Open reports due until %1, overdue ones first.</source>
        <translation>التقارير المعلَّقة التي يحل موعدها حتى %1، بدءاً بالمتأخرة.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <extracomment>Characters XML 1.0 cannot hold (a pasted control character must not break the file).</extracomment>
        <translation>جارٍ كتابة المستند…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>جارٍ حفظ المستند…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Give a file name ending in .docx or .pdf (not %1).</source>
        <extracomment>Territories whose paper is US Letter (CLDR supplemental data "paperSize"); A4 elsewhere.</extracomment>
        <translation>أدخل اسم ملف ينتهي بـ .docx أو .pdf (وليس %1).</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>جارٍ رسم الرسوم البيانية…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the report.</source>
        <translation>المجلد %1 غير موجود. أنشئه أو اختر مكاناً آخر للتقرير.</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>جارٍ تنسيق الصفحات…</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>تتعذر كتابة %1.</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>جارٍ كتابة الصفحة %1 من %2…</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names are left out of this report</source><translation><numerusform>%n مشارك؛ استُبعدت الأسماء من هذا التقرير</numerusform><numerusform>%n مشارك؛ استُبعدت الأسماء من هذا التقرير</numerusform><numerusform>%n مشاركان؛ استُبعدت الأسماء من هذا التقرير</numerusform><numerusform>%n مشاركين؛ استُبعدت الأسماء من هذا التقرير</numerusform><numerusform>%n مشاركاً؛ استُبعدت الأسماء من هذا التقرير</numerusform><numerusform>%n مشارك؛ استُبعدت الأسماء من هذا التقرير</numerusform></translation></message></context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF document (*.pdf)</source>
        <translation>مستند Word (*.docx);;مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>جارٍ كتابة التقرير</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>كُتب التقرير في %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>تتعذر كتابة التقرير في %1 (%2). أغلقه إن كان مفتوحاً في برنامج آخر، أو اختر مكاناً آخر.</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>تصدير التق&amp;رير…</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>The submission date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ التقديم في المستقبل.</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>تحتاج مجموعة البيانات إلى اسم.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>صك غير معروف «%1».</translation>
    </message>
    <message>
        <source>A report needs a title.</source>
        <translation>يحتاج التقرير إلى عنوان.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 240 months.</source>
        <translation>يجب أن تتراوح الفترة الفاصلة بين 1 و240 شهراً.</translation>
    </message>
    <message>
        <source>There is no reporting obligation with id %1.</source>
        <translation>لا يوجد التزام بالإبلاغ بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no dataset with id %1.</source>
        <translation>لا توجد مجموعة بيانات بالمعرّف %1.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم يبدأ العمل</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>لا يوجد تاريخ محدد</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>قُدِّم في %1</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation><numerusform>متأخر منذ %n يوم</numerusform><numerusform>متأخر منذ %n يوم</numerusform><numerusform>متأخر منذ %n يومين</numerusform><numerusform>متأخر منذ %n أيام</numerusform><numerusform>متأخر منذ %n يوماً</numerusform><numerusform>متأخر منذ %n يوم</numerusform></translation></message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation><numerusform>المتبقي: %n يوم</numerusform><numerusform>المتبقي: %n يوم</numerusform><numerusform>المتبقي: %n يومان</numerusform><numerusform>المتبقي: %n أيام</numerusform><numerusform>المتبقي: %n يوماً</numerusform><numerusform>المتبقي: %n يوم</numerusform></translation></message>
</context>
<context>
    <name>ReportingView</name>
    <message>
        <source>In &amp;preparation</source>
        <translation>&amp;قيد الإعداد</translation>
    </message>
    <message>
        <source>&amp;Submitted…</source>
        <translation>مُق&amp;دَّم…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>تعدي&amp;ل…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Add dataset…</source>
        <translation>إضافة مجموعة بيانات…</translation>
    </message>
    <message>
        <source>Edit dataset…</source>
        <translation>تعديل مجموعة البيانات…</translation>
    </message>
    <message>
        <source>Delete dataset…</source>
        <translation>حذف مجموعة البيانات…</translation>
    </message>
    <message>
        <source>Only datasets that feed &amp;two or more reports</source>
        <translation>عرض مجموعات البيانات التي تغذي تقريرين أو أكثر &amp;فقط</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reporting obligations&lt;/b&gt; (overdue in red)</source>
        <translation>&lt;b&gt;التزامات الإبلاغ&lt;/b&gt; (المتأخرة بالأحمر)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datasets&lt;/b&gt;: report once, use many times (bold: feeds two or more reports)</source>
        <translation>&lt;b&gt;مجموعات البيانات&lt;/b&gt;: أبلِغ مرة واحدة واستخدم البيانات مرات عديدة (بالخط العريض: تغذي تقريرين أو أكثر)</translation>
    </message>
    <message>
        <source>Reporting obligations</source>
        <translation>التزامات الإبلاغ</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>مجموعات البيانات</translation>
    </message>
    <message>
        <source>Deadlines in the next 36 months</source>
        <translation>المواعيد النهائية خلال الأشهر الـ36 القادمة</translation>
    </message>
    <message>
        <source>The reporting calendar is empty</source>
        <translation>الجدول الزمني للإبلاغ فارغ</translation>
    </message>
    <message>
        <source>List the reports the country owes each treaty it is Party to, with their due dates and the focal point responsible; the calendar then shows what is due next, what is late, and the datasets several reports share.</source>
        <translation>أدرج التقارير المستحقة على البلد لكل معاهدة يكون طرفاً فيها، مع مواعيدها النهائية وجهة الاتصال المسؤولة؛ وعندئذ يُظهر الجدول الزمني ما يحل موعده تالياً، وما تأخر، ومجموعات البيانات التي تشترك فيها عدة تقارير.</translation>
    </message>
    <message>
        <source>Add a reporting obligation…</source>
        <translation>إضافة التزام بالإبلاغ…</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue, %3 submitted. %4 of %5 datasets feed two or more reports. The diamonds show the deadlines of the next 36 months (red: overdue, amber: in preparation, grey: not started); the blue line is today.</source>
        <translation>الالتزامات: %1، والمتأخرة: %2، والمقدَّمة: %3. تغذي %4 من أصل %5 من مجموعات البيانات تقريرين أو أكثر. وتُظهر المعيَّنات المواعيد النهائية خلال الأشهر الـ36 القادمة (الأحمر: متأخر، والكهرماني: قيد الإعداد، والرمادي: لم يبدأ العمل)؛ ويمثل الخط الأزرق اليوم.</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>الجدول الزمني للإبلاغ</translation>
    </message>
    <message>
        <source>Add a reporting obligation</source>
        <translation>إضافة التزام بالإبلاغ</translation>
    </message>
    <message>
        <source>Edit reporting obligation</source>
        <translation>تعديل التزام الإبلاغ</translation>
    </message>
    <message>
        <source>Report submitted</source>
        <translation>تقديم التقرير</translation>
    </message>
    <message>
        <source>Date on which “%1” was submitted (YYYY-MM-DD):</source>
        <translation>تاريخ تقديم «%1» (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYY-MM-DD; the status was not changed.</source>
        <translation>«%1» ليس تاريخاً مكتوباً بالصيغة YYYY-MM-DD؛ ولم تتغير الحالة.</translation>
    </message>
    <message>
        <source>Delete obligation</source>
        <translation>حذف الالتزام</translation>
    </message>
    <message>
        <source>Delete “%1 %2” from the calendar?</source>
        <translation>هل تريد حذف «%1 %2» من الجدول الزمني؟</translation>
    </message>
    <message>
        <source>Add a dataset</source>
        <translation>إضافة مجموعة بيانات</translation>
    </message>
    <message>
        <source>Edit dataset</source>
        <translation>تعديل مجموعة البيانات</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>حذف مجموعة البيانات</translation>
    </message>
    <message>
        <source>Delete the dataset “%1”?</source>
        <translation>هل تريد حذف مجموعة البيانات «%1»؟</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>New round</source>
        <translation>جولة جديدة</translation>
    </message>
    <message>
        <source>Rename round</source>
        <translation>إعادة تسمية الجولة</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>العنوان الجديد:</translation>
    </message>
    <message>
        <source>Round details</source>
        <translation>تفاصيل الجولة</translation>
    </message>
    <message>
        <source>Finalise the round “%1”? Its answers become read-only; you can still export them and start a new round from it.

%2 of %3 options are answered.</source>
        <translation>هل تريد اعتماد الجولة «%1»؟ ستصبح إجاباتها للقراءة فقط؛ ويظل بإمكانك تصديرها وبدء جولة جديدة انطلاقاً منها.

أُجيب عن %2 من %3 من الخيارات.</translation>
    </message>
    <message>
        <source>Finalise round</source>
        <translation>اعتماد الجولة</translation>
    </message>
    <message>
        <source>New round from this one</source>
        <translation>جولة جديدة انطلاقاً من هذه الجولة</translation>
    </message>
    <message>
        <source>Delete the round “%1” and its %2 answers? This cannot be undone. The change history of the round is kept in the workspace.</source>
        <translation>هل تريد حذف الجولة «%1» وإجاباتها البالغ عددها %2؟ لا يمكن التراجع عن ذلك. ويُحتفظ بسجل تغييرات الجولة في مساحة العمل.</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>حذف الجولة</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <translation>التقييم الذاتي %1</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>عنوان الجولة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>The screenshot %1 cannot be written.</source>
        <translation>تتعذر كتابة لقطة الشاشة %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Give a folder for the PNG files.</source>
        <translation>%1 ملف وليس مجلداً. أدخل مجلداً لملفات PNG.</translation>
    </message>
    <message>
        <source>The screenshots cannot be written to the folder %1 (%2). Choose another folder.</source>
        <translation>تتعذر كتابة لقطات الشاشة في المجلد %1 (%2). اختر مجلداً آخر.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>change %1 of %2</source>
        <translation>تغيير %1 في %2</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>جارٍ التحرير…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Could not save — %1</source>
        <translation>تعذر الحفظ — %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Synergy Desktop</source>
        <translation>Synergy Desktop</translation>
    </message>
    <message>
        <source>Work through the national options for synergies among the biodiversity-related conventions (CBD decision XIII/24): focal points, NBSAPs, national reporting and more. Everything stays on this computer in a workspace file.</source>
        <translation>استعرض الخيارات الوطنية لتحقيق أوجه التآزر فيما بين الاتفاقيات المتعلقة بالتنوع البيولوجي (مقرر اتفاقية التنوع البيولوجي 13/24): جهات الاتصال، والاستراتيجيات وخطط العمل الوطنية للتنوع البيولوجي، والإبلاغ الوطني، وغير ذلك. ويبقى كل شيء على هذا الحاسوب في ملف مساحة عمل.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>إنشاء مساحة عمل جديدة…</translation>
    </message>
    <message>
        <source>One file for your country: its name, the treaties it is Party to, and the first round of the self-assessment.</source>
        <translation>ملف واحد لبلدك: اسمه، والمعاهدات التي يكون طرفاً فيها، والجولة الأولى من التقييم الذاتي.</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>فتح مساحة عمل…</translation>
    </message>
    <message>
        <source>A workspace file made on this computer or received from a colleague.</source>
        <translation>ملف مساحة عمل أُنشئ على هذا الحاسوب أو تلقيته من زميل.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>فتح مساحة العمل التجريبية</translation>
    </message>
    <message>
        <source>A fictional country with a partly answered round, for training and trying things out</source>
        <translation>بلد افتراضي مع جولة أُجيب عنها جزئياً، للتدريب والتجربة</translation>
    </message>
    <message>
        <source>No workspace has been opened on this computer yet. Start with your own country, or look around the demo first: nothing you do there touches your work.</source>
        <translation>لم تُفتح أي مساحة عمل على هذا الحاسوب بعد. ابدأ ببلدك، أو استكشف مساحة العمل التجريبية أولاً: فلا شيء مما تفعله هناك يمس عملك.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces (press Enter to open):</source>
        <translation>مساحات العمل ال&amp;حديثة (اضغط Enter للفتح):</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>مساحات العمل الحديثة</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the workspace file is read-only (for example on a write-protected USB stick or a CD).</source>
        <translation>ملف مساحة العمل للقراءة فقط (مثلاً على ذاكرة USB محمية من الكتابة أو على قرص مدمج).</translation>
    </message>
    <message>
        <source>your database role may only read this workspace; ask the administrator for write access.</source>
        <translation>دورك في قاعدة البيانات يسمح بقراءة مساحة العمل هذه فقط؛ اطلب من المسؤول صلاحية الكتابة.</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written.</source>
        <translation>القرص ممتلئ أو تتعذر الكتابة عليه.</translation>
    </message>
    <message>
        <source>the workspace file is no longer available (moved, deleted or on a drive that was removed).</source>
        <translation>ملف مساحة العمل لم يعد متاحاً (نُقل أو حُذف أو كان على محرك أقراص أُزيل).</translation>
    </message>
    <message>
        <source>another program is using the workspace file; close it there.</source>
        <translation>يستخدم برنامج آخر ملف مساحة العمل؛ أغلقه هناك.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 holds no assessment yet. Create a round first.</source>
        <translation>لا تتضمن %1 أي تقييم بعد. أنشئ جولة أولاً.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>NBSAP &amp;version:</source>
        <translation>إ&amp;صدار الاستراتيجية وخطة العمل الوطنية:</translation>
    </message>
    <message>
        <source>&amp;Lead institution:</source>
        <translation>&amp;المؤسسة الرائدة:</translation>
    </message>
</context>
<context>
    <name>TargetImport</name>
    <message>
        <source>the code %1 is already used by a national target in this workspace</source>
        <translation>الرمز %1 مستخدم بالفعل لغاية وطنية في مساحة العمل هذه</translation>
    </message>
    <message>
        <source>the code %1 appears again (first on row %2)</source>
        <translation>الرمز %1 يتكرر (ورد أولاً في الصف %2)</translation>
    </message>
    <message>
        <source>The first sheet of %1 has no header row with “Code” and “Title”. Add one above the targets and try again; nothing was imported.</source>
        <translation>لا تحتوي الورقة الأولى من %1 على صف عناوين يتضمن «Code» و«Title». أضف صفاً كهذا فوق الغايات وحاول مرة أخرى؛ لم يُستورد أي شيء.</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>الغاية الوطنية</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>إصدار الاستراتيجية وخطة العمل الوطنية</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>المؤسسة الرائدة</translation>
    </message>
    <message>
        <source>Reference targets served</source>
        <translation>الغايات المرجعية التي تخدمها</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 cannot be read: %2 Nothing was imported.</source>
        <translation>تتعذر قراءة %1: %2 لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>it is not a text (CSV) file.</source>
        <translation>الملف ليس ملفاً نصياً (CSV).</translation>
    </message>
    <message>
        <source>its characters are in an encoding the application does not read. Save it as “CSV UTF-8” and try again.</source>
        <translation>أحرف الملف بترميز لا يقرؤه التطبيق. احفظه بتنسيق «CSV UTF-8» وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1).</source>
        <translation>يتعذر فتح الملف (%1).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>line %1 is not valid CSV.</source>
        <translation>السطر %1 ليس بتنسيق CSV صالح.</translation>
    </message>
    <message>
        <source>it has more than %1 rows. Remove the rows that do not belong to the import.</source>
        <translation>عدد صفوف الملف يتجاوز %1. أزِل الصفوف التي لا تخص الاستيراد.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>حجم الملف أكبر من %1 ميغابايت.</translation>
    </message>
    <message>
        <source>it is password-protected or in the old .xls format. Remove the password, or save it as an Excel workbook (.xlsx), and try again.</source>
        <translation>الملف محمي بكلمة مرور أو بتنسيق .xls القديم. أزِل كلمة المرور، أو احفظه بوصفه مصنف Excel (.xlsx)، وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (for example an incomplete download or copy). Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <extracomment>Kinds of cell value an importer may take: number, text, date (openpyxl's data types).</extracomment>
        <translation>الملف تالف أو مبتور (مثلاً بسبب تنزيل أو نسخ غير مكتمل). اطلب نسخة جديدة، أو افتحه في Excel واحفظه مرة أخرى ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx).</source>
        <translation>الملف ليس مصنف Excel (.xlsx).</translation>
    </message>
    <message>
        <source>it holds far more parts than a workbook does.</source>
        <translation>يحتوي الملف على أجزاء أكثر بكثير مما يحتويه أي مصنف.</translation>
    </message>
    <message>
        <source>it would unpack to an unreasonable size (a damaged or hostile file).</source>
        <translation>سيُفك ضغط الملف إلى حجم غير معقول (ملف تالف أو ضار).</translation>
    </message>
    <message>
        <source>it is a zip archive, not an Excel workbook.</source>
        <translation>الملف أرشيف zip، وليس مصنف Excel.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the workbook is damaged (%2). Nothing was imported. Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <translation>تتعذر قراءة %1: المصنف تالف (%2). لم يُستورد أي شيء. اطلب نسخة جديدة، أو افتحه في Excel واحفظه مرة أخرى ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>a part of it cannot be read</source>
        <translation>تتعذر قراءة جزء منه</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing or listed twice</source>
        <translation>الورقة «%1» مفقودة أو مدرجة مرتين</translation>
    </message>
    <message>
        <source>a formula is not read; type the value instead</source>
        <translation>لا تُقرأ الصيغ؛ اكتب القيمة بدلاً منها</translation>
    </message>
    <message>
        <source>the cell shows an error (%1); type the value instead</source>
        <translation>تُظهر الخلية خطأ (%1)؛ اكتب القيمة بدلاً من ذلك</translation>
    </message>
    <message>
        <source>TRUE or FALSE is not a value this cell takes</source>
        <translation>لا تقبل هذه الخلية القيمة TRUE أو FALSE</translation>
    </message>
    <message>
        <source>the cell has a type this application does not know (“%1”)</source>
        <translation>نوع الخلية غير معروف لهذا التطبيق («%1»)</translation>
    </message>
    <message>
        <source>the text holds an invisible control character (%1); remove it</source>
        <translation>يحتوي النص على حرف تحكم غير مرئي (%1)؛ أزِله</translation>
    </message>
    <message>
        <source>%1 cannot be read: the sheet “%2” is damaged near row %3. Ask for a new copy, or open it in Excel, save it again and retry. Nothing was imported.</source>
        <translation>تتعذر قراءة %1: الورقة «%2» تالفة قرب الصف %3. اطلب نسخة جديدة، أو افتح الملف في Excel واحفظه مرة أخرى ثم أعد المحاولة. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated.</source>
        <translation>الملف تالف أو مبتور.</translation>
    </message>
    <message>
        <source>The sheet “%1” has more than %2 rows; nothing was imported. Remove the rows that do not belong to the import.</source>
        <translation>عدد صفوف الورقة «%1» يتجاوز %2؛ لم يُستورد أي شيء. أزِل الصفوف التي لا تخص الاستيراد.</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;ورشة العمل</translation>
    </message>
    <message>
        <source>&amp;Open a fresh copy of the demo for me…</source>
        <translation>&amp;فتح نسخة جديدة من العرض التوضيحي لي…</translation>
    </message>
    <message>
        <source>&amp;Reset my demo…</source>
        <translation>إعادة &amp;ضبط العرض التوضيحي الخاص بي…</translation>
    </message>
    <message>
        <source>&amp;Facilitator's guide</source>
        <translation>&amp;دليل الميسّر</translation>
    </message>
    <message>
        <source>Your copy of the demo</source>
        <translation>نسختك من مساحة العمل التجريبية</translation>
    </message>
    <message>
        <source>%1 already has a copy of the demo. Start it afresh? Every change made in it is lost. (No opens it as it was left.)</source>
        <translation>لدى %1 نسخة من العرض التوضيحي بالفعل. هل تريد البدء بها من جديد؟ ستُفقد كل التغييرات التي أُجريت فيها. (زر «لا» يفتحها كما تُركت.)</translation>
    </message>
    <message>
        <source>Reset my demo</source>
        <translation>إعادة ضبط العرض التوضيحي الخاص بي</translation>
    </message>
    <message>
        <source>No demo copy is open. Open yours first with Help &gt; Workshop &gt; Open a fresh copy of the demo for me.</source>
        <translation>لا توجد نسخة مفتوحة من العرض التوضيحي. افتح نسختك أولًا من مساعدة &gt; ورشة العمل &gt; فتح نسخة جديدة من العرض التوضيحي لي.</translation>
    </message>
    <message>
        <source>Start %1 afresh? Every change made in it is lost.</source>
        <translation>هل تريد بدء %1 من جديد؟ ستُفقد كل التغييرات التي أُجريت فيه.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no workspace at %1. Check the path, or create a new workspace.</source>
        <extracomment>The newest schema revision. Kept here so that opening an up-to-date workspace does not load Alembic at all; a test checks that it matches the migration scripts.</extracomment>
        <translation>لا توجد مساحة عمل في %1. تحقق من المسار، أو أنشئ مساحة عمل جديدة.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a workspace: %2 The file has not been changed.</source>
        <translation>يتعذر فتح %1 بوصفه مساحة عمل: %2 لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>إنه مجلد وليس ملفاً.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check that the file is available and that you may read it.</source>
        <translation>تتعذر قراءة %1 (%2). تحقق من أن الملف متاح وأن لديك إذناً بقراءته.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>it is not a Synergy Desktop workspace (not an SQLite database).</source>
        <translation>الملف ليس مساحة عمل لـ Synergy Desktop (ليس قاعدة بيانات SQLite).</translation>
    </message>
    <message>
        <source>the database cannot be opened.</source>
        <translation>يتعذر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <source>the database is damaged. Restore it from a backup copy.</source>
        <translation>قاعدة البيانات تالفة. استعِدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Synergy Desktop workspace.</source>
        <translation>الملف قاعدة بيانات SQLite، لكنه ليس مساحة عمل لـ Synergy Desktop.</translation>
    </message>
    <message>
        <source>%1 cannot be opened because its folder does not allow writing (the workspace keeps a journal next to the file). Copy it to a folder where you may write and open the copy.</source>
        <translation>يتعذر فتح %1 لأن المجلد الذي يحتويها لا يسمح بالكتابة (تحتفظ مساحة العمل بملف يومية بجوار الملف). انسخها إلى مجلد لديك إذن بالكتابة فيه وافتح النسخة.</translation>
    </message>
    <message>
        <source>the database is damaged or truncated. Restore it from a backup copy.</source>
        <translation>قاعدة البيانات تالفة أو مبتورة. استعِدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created (%2). Choose another location.</source>
        <translation>يتعذر إنشاء المجلد %1 (%2). اختر موقعاً آخر.</translation>
    </message>
    <message>
        <source>A new workspace cannot be created at %1 (%2). Choose another location.</source>
        <translation>يتعذر إنشاء مساحة عمل جديدة في %1 (%2). اختر موقعاً آخر.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but no backup copy could be made first (%2). Nothing was changed. Copy the workspace to a folder where you may write, then open it again.</source>
        <translation>تحتاج %1 إلى ترقية، لكن تعذر إنشاء نسخة احتياطية أولاً (%2). لم يتغير أي شيء. انسخ مساحة العمل إلى مجلد لديك إذن بالكتابة فيه، ثم افتحها مرة أخرى.</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was; a backup copy is at %3.</source>
        <translation>فشلت ترقية %1 (%2). تُركت مساحة العمل على حالها؛ وتوجد نسخة احتياطية في %3.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Synergy Desktop (schema %2). Install the newer version to open it; the file has not been changed.</source>
        <translation>حُفظت %1 بإصدار أحدث من Synergy Desktop (المخطط %2). ثبِّت الإصدار الأحدث لفتحها؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was.</source>
        <translation>فشلت ترقية %1 (%2). تُركت مساحة العمل على حالها.</translation>
    </message>
    <message>
        <source>%1 is not a database address. Write it as postgresql://user@server/database.</source>
        <extracomment>The one driver supported: psycopg 3 (``postgresql://`` is read as ``postgresql+psycopg://``).</extracomment>
        <translation>%1 ليس عنوان قاعدة بيانات. اكتبه بالشكل postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>%1 uses a database driver this application does not support. Write the address as postgresql://user@server/database.</source>
        <translation>يستخدم %1 برنامج تشغيل لقاعدة البيانات لا يدعمه هذا التطبيق. اكتب العنوان بالشكل postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>Opening a PostgreSQL workspace needs the PostgreSQL driver, which is not installed: install it with pip install "synergy-desktop[postgres]".</source>
        <translation>يتطلب فتح مساحة عمل PostgreSQL برنامج تشغيل PostgreSQL، وهو غير مثبَّت: ثبِّته باستخدام الأمر pip install "synergy-desktop[postgres]".</translation>
    </message>
    <message>
        <source>The database %1 asks for a password and none was given. Put it in your .pgpass file, then open the workspace again.</source>
        <translation>تطلب قاعدة البيانات %1 كلمة مرور ولم تُقدَّم أي كلمة مرور. ضعها في ملف .pgpass الخاص بك، ثم افتح مساحة العمل مرة أخرى.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password for %1. Check them and try again.</source>
        <translation>لم يقبل الخادم اسم المستخدم أو كلمة المرور لـ %1. تحقق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on its server (%2). Check the name, or ask the administrator to create it.</source>
        <translation>قاعدة البيانات %1 غير موجودة على خادمها (%2). تحقق من الاسم، أو اطلب من المسؤول إنشاءها.</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached (%2). Check the address and the network, and that the server is running.</source>
        <translation>يتعذر الوصول إلى خادم %1 (%2). تحقق من العنوان والشبكة، ومن أن الخادم قيد التشغيل.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2).</source>
        <translation>يتعذر فتح قاعدة البيانات %1 (%2).</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program; it is not a Synergy Desktop workspace. Nothing was changed. Use an empty database for a new workspace.</source>
        <translation>تحتوي قاعدة البيانات %1 على جداول لبرنامج آخر؛ فهي ليست مساحة عمل لـ Synergy Desktop. لم يتغير أي شيء. استخدم قاعدة بيانات فارغة لإنشاء مساحة عمل جديدة.</translation>
    </message>
    <message>
        <source>%1 must first be set up or upgraded for this version, and your database role may not do that. Ask the administrator to open it once with the role that owns the workspace. Nothing was changed.</source>
        <translation>يجب أولاً إعداد %1 أو ترقيتها لهذا الإصدار، ودورك في قاعدة البيانات لا يسمح بذلك. اطلب من المسؤول فتحها مرة واحدة بالدور الذي يملك مساحة العمل. لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>the upgrade would break links between records.</source>
        <translation>ستؤدي الترقية إلى قطع الروابط بين القيود.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Check the path.</source>
        <translation>لا توجد مساحة عمل في %1. تحقق من المسار.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). The file has not been changed.</source>
        <translation>تتعذر قراءة %1 (%2). لم يُغيَّر الملف.</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>مساحات عمل Synergy (*.synergy);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>%1 موجود بالفعل. اختر اسماً آخر، أو افتحه من ملف &gt; فتح.</translation>
    </message>
    <message>
        <source>The workspace %1 was created without a country. Fill in the country and the treaties it is Party to with File &gt; Country profile…; each page says what to do next.</source>
        <translation>أُنشئت مساحة العمل %1 دون تحديد بلد. املأ بيانات البلد والمعاهدات التي يكون طرفاً فيها من ملف &gt; ملف البلد…؛ وتوضح كل صفحة ما يجب فعله بعد ذلك.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>يتعذر فتح مساحة العمل</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>كلمة مرور خادم الفريق</translation>
    </message>
    <message>
        <source>%1

Password:</source>
        <translation>%1

كلمة المرور:</translation>
    </message>
    <message>
        <source>Opening was cancelled; nothing was changed.</source>
        <translation>أُلغي الفتح؛ لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>Open team server workspace</source>
        <translation>فتح مساحة عمل على خادم الفريق</translation>
    </message>
    <message>
        <source>Address of the workspace on the team server, for example
postgresql+psycopg://amina@server.ministry.example/biodiversity
(leave the password out: it is asked for, or taken from your .pgpass file)</source>
        <translation>عنوان مساحة العمل على خادم الفريق، مثلاً
postgresql+psycopg://amina@server.ministry.example/biodiversity
(لا تُدرج كلمة المرور: إذ سيُطلب منك إدخالها، أو تؤخذ من ملف .pgpass الخاص بك)</translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version; a copy of the old file is at %1</source>
        <translation>رُقِّيت مساحة العمل إلى هذا الإصدار؛ وتوجد نسخة من الملف القديم في %1</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>مساحة العمل التجريبية</translation>
    </message>
    <message>
        <source>The demo workspace already exists. Open it as it was left, or start it afresh (every change made to the demo is lost)?</source>
        <translation>مساحة العمل التجريبية موجودة بالفعل. هل تريد فتحها على الحالة التي تُركت عليها، أم البدء من جديد (مع فقدان كل تغيير أُجري على النسخة التجريبية)؟</translation>
    </message>
    <message>
        <source>Open as it was</source>
        <translation>فتحها كما هي</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>(no recent workspaces)</source>
        <translation>(لا توجد مساحات عمل حديثة)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Some changes could not be saved. If you close the workspace now, they are lost. Save the workspace under another name first?</source>
        <translation>تعذر حفظ بعض التغييرات. وإذا أغلقت مساحة العمل الآن، فستُفقد. هل تريد أولاً حفظ مساحة العمل باسم آخر؟</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>حفظ مساحة العمل باسم</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>ملف البلد</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>تعذر الحفظ</translation>
    </message>
    <message>
        <source>Your last changes could not be written to the workspace: %1

They are still on screen. Synergy Desktop tries again every few seconds; you can also save the workspace under another name, for example on another drive.</source>
        <translation>تعذرت كتابة تغييراتك الأخيرة في مساحة العمل: %1

لا تزال معروضة على الشاشة. ويعيد Synergy Desktop المحاولة كل بضع ثوانٍ؛ ويمكنك أيضاً حفظ مساحة العمل باسم آخر، مثلاً على محرك أقراص آخر.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation>حفظ مساحة العمل باسم…</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>تصدير الموجز</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the summary</source>
        <translation>جارٍ تصدير الموجز</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>تتعذر كتابة المصنف في %1 (%2). أغلقه إن كان مفتوحاً في برنامج آخر، أو اختر مكاناً آخر.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>كُتب الموجز في %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <source>Overview</source>
        <extracomment>What each page shows besides its own edits, and how it catches up.</extracomment>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>مواءمة الاستراتيجيات وخطط العمل الوطنية</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>الجدول الزمني للإبلاغ</translation>
    </message>
</context>
</TS>