<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Synergy Desktop</source>
        <translation>О программе Synergy Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;An offline tool for national teams working through the options for synergies among the biodiversity-related conventions (CBD decision XIII/24, Annex I).&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;Автономная программа для национальных групп, прорабатывающих варианты действий по повышению синергизма между конвенциями, связанными с биоразнообразием (решение XIII/24 КБР, приложение I).&lt;/p&gt;&lt;p&gt;Рабочее пространство: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>(ничего не открыто)</translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <source>Option description</source>
        <translation>Описание варианта</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>Указать целевой срок</translation>
    </message>
    <message>
        <source>Ministry, agency or unit that leads</source>
        <translation>Ведущее министерство, ведомство или подразделение</translation>
    </message>
    <message>
        <source>Show or hide the option's text and guidance</source>
        <translation>Показать или скрыть текст варианта и пояснения</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Пояснения</translation>
    </message>
    <message>
        <source>What this workspace shows</source>
        <translation>Что показывает это рабочее пространство</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>The rating must be 0 to 4, "na" (not applicable) or "nyd" (not yet discussed), not "%1".</source>
        <translation>Балл должен быть от 0 до 4, «na» (неприменимо) или «nyd» (еще не обсуждалось), а не «%1».</translation>
    </message>
    <message>
        <source>The priority must be high, medium or low, not "%1".</source>
        <translation>Приоритет должен быть high, medium или low (высокий, средний или низкий), а не «%1».</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>Поле %1 должно содержать текст.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>Текст слишком длинный (%1 знаков; допускается не более %2).</translation>
    </message>
    <message>
        <source>There is no answer field "%1".</source>
        <translation>Поля ответа «%1» не существует.</translation>
    </message>
    <message>
        <source>Conventions must be a list of codes.</source>
        <translation>Конвенции должны быть указаны списком кодов.</translation>
    </message>
    <message>
        <source>"%1" is not a known convention code. Known codes: %2.</source>
        <translation>«%1» — неизвестный код конвенции. Известные коды: %2.</translation>
    </message>
    <message>
        <source>The target date must be a date written as YYYY-MM-DD, not "%1".</source>
        <translation>Целевой срок должен быть датой в формате ГГГГ-ММ-ДД, а не «%1».</translation>
    </message>
</context>
<context>
    <name>AreaScoresModel</name>
    <message numerus="yes">
        <source>+%n point(s)</source>
        <translation>
            <numerusform>+%n процентный пункт</numerusform>
            <numerusform>+%n процентных пункта</numerusform>
            <numerusform>+%n процентных пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n point(s)</source>
        <translation>
            <numerusform>−%n процентный пункт</numerusform>
            <numerusform>−%n процентных пункта</numerusform>
            <numerusform>−%n процентных пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Более ранний раунд</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Более поздний раунд</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>← &amp;Previous option</source>
        <translation>← Пр&amp;едыдущий вариант</translation>
    </message>
    <message>
        <source>Previous option (Alt+Up)</source>
        <translation>Предыдущий вариант (Alt+Up)</translation>
    </message>
    <message>
        <source>&amp;Next option →</source>
        <translation>Следу&amp;ющий вариант →</translation>
    </message>
    <message>
        <source>Next option (Alt+Down)</source>
        <translation>Следующий вариант (Alt+Down)</translation>
    </message>
    <message>
        <source>History of this option</source>
        <translation>История этого варианта</translation>
    </message>
    <message>
        <source>Areas and options</source>
        <translation>Области и варианты</translation>
    </message>
    <message>
        <source>No assessment round yet</source>
        <translation>Раундов оценки пока нет</translation>
    </message>
    <message>
        <source>A round is one pass of the team through all options of the framework, for example the self-assessment of this year. Start the first round, then answer option by option; everything is saved as you type.</source>
        <translation>Раунд — это один проход группы по всем вариантам рамочной программы, например самооценка текущего года. Начните первый раунд, а затем отвечайте на варианты один за другим; все сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>Start the first round…</source>
        <translation>Начать первый раунд…</translation>
    </message>
    <message>
        <source>You may only read this workspace: your account on the team server has no right to change it. You can look at everything and export it; ask the workspace's administrator for editing rights.</source>
        <translation>Это рабочее пространство доступно вам только для чтения: у вашей учетной записи на сервере группы нет прав на его изменение. Вы можете просматривать и экспортировать все данные; чтобы получить права на редактирование, обратитесь к администратору рабочего пространства.</translation>
    </message>
    <message>
        <source>This round was finalised on %1 and is read-only. To continue the work, use Assessment &gt; New round from this one.</source>
        <translation>Этот раунд был завершен %1 и доступен только для чтения. Чтобы продолжить работу, выберите «Оценка &gt; Новый раунд на основе текущего».</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Ответы: %1 из %2</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>pre-filled from round %1</source>
        <translation>заполнено по данным раунда %1</translation>
    </message>
    <message>
        <source>There is no assessment with id %1 in this workspace.</source>
        <translation>В этом рабочем пространстве нет оценки с идентификатором %1.</translation>
    </message>
    <message>
        <source>There is no option "%1" in the framework %2 (version %3).</source>
        <translation>В рамочной программе %2 (версия %3) нет варианта «%1».</translation>
    </message>
    <message>
        <source>The round "%1" is finalised and cannot be changed. Start a new round from it to continue the work.</source>
        <translation>Раунд «%1» завершен и не может быть изменен. Чтобы продолжить работу, начните на его основе новый раунд.</translation>
    </message>
    <message>
        <source>A round needs a title.</source>
        <translation>У раунда должно быть название.</translation>
    </message>
    <message>
        <source>The title is too long (at most 300 characters).</source>
        <translation>Название слишком длинное (не более 300 знаков).</translation>
    </message>
    <message>
        <source>Someone else changed %1 of option %2 since you opened it. Your text is kept on screen; choose whose version to keep.</source>
        <translation>Пока вы работали с вариантом %2, кто-то другой изменил в нем поле «%1». Ваш текст остается на экране; выберите, чью версию сохранить.</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Every change is recorded in the history with the name of the person who made it. Type the name to show, for example “Amina Diallo, Ministry of Environment”. You can change it later in Edit &gt; Your name.</source>
        <translation>Каждое изменение записывается в историю с именем человека, который его внес. Введите имя для отображения, например «Амина Диалло, Министерство окружающей среды». Позже его можно изменить в меню «Правка &gt; Ваше имя».</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Demo workspace written to %1 (round %2, %3 of %4 options answered).</source>
        <translation>Демонстрационное рабочее пространство записано в %1 (раунд %2, ответы даны на %3 из %4 вариантов).</translation>
    </message>
    <message>
        <source>This workspace holds no assessment yet.</source>
        <translation>В этом рабочем пространстве еще нет оценок.</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4/%5 answered (%6%)</source>
        <translation>%1	%2	%3	ответы: %4/%5 (%6%)</translation>
    </message>
    <message>
        <source>The file cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>Не удаётся записать файл %1 (%2). Закройте его, если он открыт в другой программе, или выберите другое место.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the workbook.</source>
        <translation>Папка %1 не существует. Создайте ее или выберите другое место для книги.</translation>
    </message>
    <message>
        <source>Summary of round %1 (%2) written to %3.</source>
        <translation>Сводка по раунду %1 (%2) записана в %3.</translation>
    </message>
    <message>
        <source>Give a file name ending in .xlsx (not %1).</source>
        <translation>Укажите имя файла с расширением .xlsx (а не %1).</translation>
    </message>
    <message>
        <source>Questionnaire for round %1 (%2) written to %3.</source>
        <translation>Вопросник для раунда %1 (%2) записан в %3.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>Не удается записать отчет в %1 (%2). Закройте его, если он открыт в другой программе, или выберите другое место.</translation>
    </message>
    <message>
        <source>Report of round %1 (%2) written to %3.</source>
        <translation>Отчет по раунду %1 (%2) записан в %3.</translation>
    </message>
    <message>
        <source>%1 change(s), %2 rejected cell(s).</source>
        <translation>Изменений: %1; отклоненных ячеек: %2.</translation>
    </message>
    <message>
        <source>  rejected %1!%2: %3</source>
        <translation>  отклонено %1!%2: %3</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to apply the accepted changes.</source>
        <translation>Ничего не изменено. Чтобы применить принятые изменения, запустите команду еще раз с параметром --yes.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated.</source>
        <translation><numerusform>Обновлено %n поле ответа.</numerusform><numerusform>Обновлено %n поля ответа.</numerusform><numerusform>Обновлено %n полей ответа.</numerusform></translation></message>
    <message>
        <source>%1: %2 texts missing (shown in English):</source>
        <translation>%1: отсутствует текстов: %2 (показаны на английском языке):</translation>
    </message>
    <message>
        <source>%1 version %2: %3 areas, %4 options, content %5.</source>
        <translation>%1, версия %2: областей — %3, вариантов — %4, содержание %5.</translation>
    </message>
    <message>
        <source>%1: %2 texts missing (shown in English): %3</source>
        <translation>%1: отсутствует текстов: %2 (показаны на английском языке): %3</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1: перевод полный</translation>
    </message>
    <message>
        <source>change	%1	%2	%3	%4 -&gt; %5%6</source>
        <translation>изменение	%1	%2	%3	%4 -&gt; %5%6</translation>
    </message>
    <message>
        <source>conflict	%1	%2	%3	mine %4%5	theirs %6%7</source>
        <translation>конфликт	%1	%2	%3	здесь %4%5	у них %6%7</translation>
    </message>
    <message>
        <source>held	%1	%2	%3	%4</source>
        <translation>отложено	%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records were matched by their stable ids only, and every difference is a conflict.</source>
        <translation>У двух рабочих пространств нет общей истории: записи сопоставлены только по их постоянным идентификаторам, и каждое различие считается конфликтом.</translation>
    </message>
    <message>
        <source>0 change(s) applied, %1 conflict(s) unresolved; %2 change(s) ready. Run again with --yes to apply them, and --prefer mine|theirs to settle the conflicts.</source>
        <translation>Применено изменений: 0; нерешенных конфликтов: %1; изменений, готовых к применению: %2. Чтобы применить их, запустите команду еще раз с параметром --yes, а чтобы разрешить конфликты — с параметром --prefer mine|theirs.</translation>
    </message>
    <message>
        <source>%1 change(s) applied, %2 conflict(s): %3 settled with theirs, %4 kept as here, %5 unresolved; %6 held.</source>
        <translation>Применено изменений: %1; конфликтов: %2 (решено в пользу их версии: %3, оставлено как здесь: %4, не решено: %5); отложено: %6.</translation>
    </message>
    <message>
        <source>The copy is always a workspace file; give a file name as TARGET.</source>
        <translation>Копия всегда сохраняется как файл рабочего пространства; укажите имя файла в качестве TARGET.</translation>
    </message>
    <message>
        <source>%1 already exists. Give a new file name; nothing was overwritten.</source>
        <translation>%1 уже существует. Укажите новое имя файла; ничего не перезаписано.</translation>
    </message>
    <message>
        <source>Give a file name ending in .synergy (not %1).</source>
        <translation>Укажите имя файла с расширением .synergy (а не %1).</translation>
    </message>
    <message>
        <source>Copy of %1 written to %2.</source>
        <translation>Копия %1 записана в %2.</translation>
    </message>
    <message>
        <source>%1 workspaces compared over %2 options; written to %3.</source>
        <translation>Сравнено рабочих пространств: %1 (по %2 вариантам); результат записан в %3.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>no round</source>
        <translation>нет раунда</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>неприм.</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>не обсуждалось</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Comparison of teams</source>
        <translation>Сравнение групп</translation>
    </message>
    <message>
        <source>Ratings of each team, option by option</source>
        <translation>Баллы каждой группы по вариантам</translation>
    </message>
    <message>
        <source>0 not started … 4 fully in place. Spread: the highest rating minus the lowest.</source>
        <translation>0 — работа не начата … 4 — полностью действует. Разброс: наивысший балл минус наименьший.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <source>Round compared</source>
        <translation>Сравниваемый раунд</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Данные диаграмм</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Give at least two workspaces to compare.</source>
        <translation>Для сравнения укажите не менее двух рабочих пространств.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Не удается прочитать %1 (%2).</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>The sign and the colour of each direction (the words carry the meaning too).</extracomment>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>answered for the first time</source>
        <translation>ответ дан впервые</translation>
    </message>
    <message>
        <source>no longer answered</source>
        <translation>ответа больше нет</translation>
    </message>
    <message>
        <source>applicability changed</source>
        <translation>изменилась применимость</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Удалено: %1</translation>
    </message>
<message numerus="yes"><source>down %n step(s)</source><translation><numerusform>ниже на %n балл</numerusform><numerusform>ниже на %n балла</numerusform><numerusform>ниже на %n баллов</numerusform></translation></message><message numerus="yes"><source>up %n step(s)</source><translation><numerusform>выше на %n балл</numerusform><numerusform>выше на %n балла</numerusform><numerusform>выше на %n баллов</numerusform></translation></message></context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Compare rounds</source>
        <translation>Сравнение раундов</translation>
    </message>
    <message>
        <source>This workspace has one round only. Start the next one with Assessment &gt; New round from this one, then compare them here.</source>
        <translation>В этом рабочем пространстве только один раунд. Начните следующий командой «Оценка &gt; Новый раунд на основе текущего», а затем сравните их здесь.</translation>
    </message>
    <message>
        <source>&amp;Compare rounds…</source>
        <translation>Ср&amp;авнить раунды…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>Выберите для сравнения два разных раунда.</translation>
    </message>
    <message>
        <source>Nothing changed between these rounds.</source>
        <translation>Между этими раундами ничего не изменилось.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Сравнение раундов</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Сравнить:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>с &amp;раундом:</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Более ранний раунд</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Более поздний раунд</translation>
    </message>
    <message>
        <source>&amp;Only changes</source>
        <translation>&amp;Только изменения</translation>
    </message>
    <message>
        <source>Options of both rounds</source>
        <translation>Варианты обоих раундов</translation>
    </message>
    <message>
        <source>The selected option in both rounds</source>
        <translation>Выбранный вариант в обоих раундах</translation>
    </message>
    <message>
        <source>Score per area in both rounds</source>
        <translation>Результат по областям в обоих раундах</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>Сравнение рабочих пространств</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <source>Ratings of each team</source>
        <translation>Баллы каждой группы</translation>
    </message>
    <message>
        <source>Rounds compared: %1</source>
        <translation>Сравниваемые раунды: %1</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Более ранний раунд</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Более поздний раунд</translation>
    </message>
    <message>
        <source>Rating change</source>
        <translation>Изменение балла</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Другие изменения</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>Someone else changed this answer</source>
        <translation>Кто-то другой изменил этот ответ</translation>
    </message>
    <message>
        <source>%1 of option %2 was changed by %3 (%4) while you were editing it.

Theirs: %5

Yours: %6

Which version should be kept?</source>
        <translation>Пока вы редактировали поле «%1» варианта %2, его изменили. Автор изменения: %3 (%4).

Их версия: %5

Ваша версия: %6

Какую версию сохранить?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Принять их версию</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Здесь (моя версия)</translation>
    </message>
    <message>
        <source>In the other file (theirs)</source>
        <translation>В другом файле (их версия)</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Кем изменено здесь</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Принять их версию</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>принять их версию</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>оставить мою версию</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>The workspace cannot be written to %1 (%2). Choose another place.</source>
        <translation>Не удается записать рабочее пространство в %1 (%2). Выберите другое место.</translation>
    </message>
</context>
<context>
    <name>Coordination</name>
    <message>
        <source>The mechanism needs a name.</source>
        <translation>У механизма должно быть название.</translation>
    </message>
    <message>
        <source>Planned meetings per year must be between 0 and 52.</source>
        <translation>Число запланированных заседаний в год должно быть от 0 до 52.</translation>
    </message>
    <message>
        <source>Choose a person from the register or type the name of an institution.</source>
        <translation>Выберите человека из реестра или введите название учреждения.</translation>
    </message>
    <message>
        <source>There is no person with id %1 in the register.</source>
        <translation>В реестре нет человека с идентификатором %1.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>Этот человек уже является членом.</translation>
    </message>
    <message>
        <source>Record meetings once they have taken place; the date is in the future.</source>
        <translation>Заседания записываются после того, как они состоялись; указанная дата еще не наступила.</translation>
    </message>
    <message>
        <source>There is no coordination mechanism with id %1.</source>
        <translation>Координационного механизма с идентификатором %1 не существует.</translation>
    </message>
</context>
<context>
    <name>CoordinationView</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Legal basis or act:</source>
        <translation>Пр&amp;авовая основа или акт:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Мандат:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>Пре&amp;дседатель:</translation>
    </message>
    <message>
        <source>Secre&amp;tariat:</source>
        <translation>С&amp;екретариат:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Пр&amp;имечания:</translation>
    </message>
    <message>
        <source>&amp;Planned meetings per year:</source>
        <translation>&amp;Запланировано заседаний в год:</translation>
    </message>
    <message>
        <source>Coor&amp;dination mechanism:</source>
        <translation>&amp;Координационный механизм:</translation>
    </message>
    <message>
        <source>New mechanism…</source>
        <translation>Новый механизм…</translation>
    </message>
    <message>
        <source>Delete mechanism…</source>
        <translation>Удалить механизм…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Члены&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meetings held&lt;/b&gt;</source>
        <translation>&lt;b&gt;Проведенные заседания&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Добавить члена…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Исключить члена</translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation>Записать заседание…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Изменить заседание…</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>Удалить заседание…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведенные заседания</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet</source>
        <translation>Координационный механизм еще не записан</translation>
    </message>
    <message>
        <source>A national biodiversity committee or working group that brings the focal points of the different treaties together is option A2 of the framework. Record its legal basis, mandate and chair, its members from the register and the meetings it holds.</source>
        <translation>Национальный комитет или рабочая группа по биоразнообразию, объединяющие национальные координационные центры различных договоров, — это вариант A2 рамочной программы. Запишите правовую основу, мандат и председателя механизма, его членов из реестра и проводимые им заседания.</translation>
    </message>
    <message>
        <source>Add a mechanism…</source>
        <translation>Добавить механизм…</translation>
    </message>
    <message>
        <source>It meets less often than planned.</source>
        <translation>Заседания проводятся реже, чем запланировано.</translation>
    </message>
    <message>
        <source>No focal point of these instruments is a member: %1.</source>
        <translation>Ни один национальный координационный центр этих договоров не является членом: %1.</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>Координационный механизм</translation>
    </message>
    <message>
        <source>New mechanism</source>
        <translation>Новый механизм</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>National biodiversity committee</source>
        <translation>Национальный комитет по биоразнообразию</translation>
    </message>
    <message>
        <source>Delete “%1” with its members and %2 recorded meetings? This cannot be undone.</source>
        <translation>Удалить «%1» вместе с его членами и записями о заседаниях (%2)? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete mechanism</source>
        <translation>Удаление механизма</translation>
    </message>
    <message>
        <source>Delete the meeting of %1?</source>
        <translation>Удалить заседание от %1?</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Удаление заседания</translation>
    </message>
<message numerus="yes"><source>Met %n time(s) in the last 12 months (planned: %1 a year).</source><translation><numerusform>За последние 12 месяцев проведено %n заседание (запланировано: %1 в год).</numerusform><numerusform>За последние 12 месяцев проведено %n заседания (запланировано: %1 в год).</numerusform><numerusform>За последние 12 месяцев проведено %n заседаний (запланировано: %1 в год).</numerusform></translation></message></context>
<context>
    <name>Country</name>
    <message>
        <source>Unknown instrument code: %1.</source>
        <translation>Неизвестный код договора: %1.</translation>
    </message>
    <message>
        <source>An entry counts as out of date after 1 to 120 months without a check.</source>
        <translation>Запись считается устаревшей, если ее не проверяли от 1 до 120 месяцев.</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Country profile</source>
        <translation>Профиль страны</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Название страны</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Код ISO</translation>
    </message>
    <message>
        <source>Months before an entry counts as out of date</source>
        <translation>Через сколько месяцев запись считается устаревшей</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>Код &amp;ISO:</translation>
    </message>
    <message>
        <source>Entries are out of date after:</source>
        <translation>Записи считаются устаревшими через:</translation>
    </message>
    <message>
        <source>Instruments the country is Party to</source>
        <translation>Договоры, Стороной которых является страна</translation>
    </message>
    <message>
        <source>Instruments left unticked disappear from the coverage matrix, the reporting calendar, the alignment and the evidence on option pages; nothing is deleted, and they come back when ticked again.</source>
        <translation>Договоры, с которых снята отметка, исчезают из матрицы охвата, календаря отчетности, увязки и связанных сведений на страницах вариантов; при этом ничего не удаляется, и если снова отметить договоры, они вернутся.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>missing: nobody is designated</source>
        <translation>отсутствует: никто не назначен</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 (last verified: %2)</source>
        <translation>%1 (последняя проверка: %2)</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Роль %1</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>&amp;Хранитель:</translation>
    </message>
    <message>
        <source>&amp;Updated:</source>
        <translation>&amp;Обновляется:</translation>
    </message>
    <message>
        <source>for example every year</source>
        <translation>например ежегодно</translation>
    </message>
    <message>
        <source>&amp;Last update:</source>
        <translation>&amp;Последнее обновление:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Пр&amp;имечания:</translation>
    </message>
    <message>
        <source>&amp;Reports it feeds:</source>
        <translation>Используется в &amp;докладах:</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Хранитель</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновляется</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>Используется в докладах</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>%1 already holds assessments. The demo is only written into a new, empty workspace.</source>
        <translation>%1 уже содержит оценки. Демонстрационные данные записываются только в новое пустое рабочее пространство.</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>демонстрационные данные</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Round details</source>
        <translation>Сведения о раунде</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>P&amp;articipants (one per line):</source>
        <translation>&amp;Участники (по одному в строке):</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that Synergy Desktop did not expect. Your saved answers are safe. If it happens again, send the details below to your support contact.</source>
        <translation>Произошла ошибка, которую Synergy Desktop не предусмотрела. Сохраненные ответы не пострадали. Если ошибка повторится, отправьте приведенные ниже сведения в службу поддержки.</translation>
    </message>
    <message>
        <source>%1

The details are also in the log file %2.</source>
        <translation>%1

Эти сведения также записаны в файл журнала %2.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source> and %1 more</source>
        <translation> и еще %1</translation>
    </message>
    <message>
        <source>The country profile excludes every instrument.</source>
        <translation>В профиле страны исключены все договоры.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled.</source>
        <translation>Заполнено ролей: %1 из %2.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; missing: %3.</source>
        <translation>Заполнено ролей: %1 из %2; отсутствуют: %3.</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>Координационный механизм еще не записан.</translation>
    </message>
    <message>
        <source>Focal points of %1 are not members of %2.</source>
        <translation>Национальные координационные центры (%1) не являются членами механизма «%2».</translation>
    </message>
    <message>
        <source>No national target is recorded yet (NBSAP alignment).</source>
        <translation>Национальные целевые задачи еще не записаны (увязка НСПДСБ).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: охвачено %2 из %3</translation>
    </message>
    <message>
        <source>No dataset is recorded yet (reporting calendar).</source>
        <translation>Наборы данных еще не записаны (календарь отчетности).</translation>
    </message>
<message numerus="yes"><source>%1 met %n time(s) in the last 12 months (planned: %2 a year).</source><translation><numerusform>%1: за последние 12 месяцев проведено %n заседание (запланировано: %2 в год).</numerusform><numerusform>%1: за последние 12 месяцев проведено %n заседания (запланировано: %2 в год).</numerusform><numerusform>%1: за последние 12 месяцев проведено %n заседаний (запланировано: %2 в год).</numerusform></translation></message><message numerus="yes"><source>%n dataset(s) recorded; %1 feed two or more reports.</source><translation><numerusform>Записан %n набор данных; используются в двух и более докладах: %1.</numerusform><numerusform>Записано %n набора данных; используются в двух и более докладах: %1.</numerusform><numerusform>Записано %n наборов данных; используются в двух и более докладах: %1.</numerusform></translation></message><message numerus="yes"><source>%n national target(s) recorded.</source><translation><numerusform>Записана %n национальная целевая задача.</numerusform><numerusform>Записаны %n национальные целевые задачи.</numerusform><numerusform>Записано %n национальных целевых задач.</numerusform></translation></message><message numerus="yes"><source>%n national target(s) serve no reference target: %1.</source><translation><numerusform>%n национальная целевая задача не служит ни одной базовой целевой задаче: %1.</numerusform><numerusform>%n национальные целевые задачи не служат ни одной базовой целевой задаче: %1.</numerusform><numerusform>%n национальных целевых задач не служат ни одной базовой целевой задаче: %1.</numerusform></translation></message><message numerus="yes"><source>%n reporting obligation(s) in the calendar; %1 overdue.</source><translation><numerusform>В календаре %n обязательство по отчетности; просрочено: %1.</numerusform><numerusform>В календаре %n обязательства по отчетности; просрочено: %1.</numerusform><numerusform>В календаре %n обязательств по отчетности; просрочено: %1.</numerusform></translation></message><message numerus="yes"><source>%n role(s) not verified in the last %1 months.</source><translation><numerusform>%n роль не проверялась в последние %1 мес.</numerusform><numerusform>%n роли не проверялись в последние %1 мес.</numerusform><numerusform>%n ролей не проверялись в последние %1 мес.</numerusform></translation></message><message numerus="yes"><source>Next deadline: %1 %2 in %n day(s).</source><translation><numerusform>Следующий срок: %1 %2 — через %n день.</numerusform><numerusform>Следующий срок: %1 %2 — через %n дня.</numerusform><numerusform>Следующий срок: %1 %2 — через %n дней.</numerusform></translation></message></context>
<context>
    <name>Excel</name>
    <message>
        <source>Action items</source>
        <translation>Намеченные меры</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Целевой срок</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Option title</source>
        <translation>Название варианта</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>В этом раунде еще не записаны дальнейшие шаги.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Когда изменено</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Coverage of focal-point roles</source>
        <translation>Охват ролей национальных координационных центров</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 missing; %4 not verified in the last %5 months.</source>
        <translation>Заполнено ролей: %1 из %2; отсутствуют: %3; не проверялись в последние %5 мес.: %4.</translation>
    </message>
    <message>
        <source>✓ filled   ! not verified recently   ✗ missing</source>
        <translation>✓ заполнено   ! давно не проверялось   ✗ отсутствует</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Роль %1</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Координация</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>Координационный механизм еще не записан.</translation>
    </message>
    <message>
        <source>Legal basis or act</source>
        <translation>Правовая основа или акт</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Мандат</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Planned meetings per year</source>
        <translation>Запланировано заседаний в год</translation>
    </message>
    <message>
        <source>Meetings in the last 12 months</source>
        <translation>Заседаний за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Instruments without a focal point among the members</source>
        <translation>Договоры, национальные координационные центры которых не входят в число членов</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Координационные центры</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>Дата назначения</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>No focal point is recorded in this workspace yet.</source>
        <translation>В этом рабочем пространстве еще не записаны национальные координационные центры.</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>Увязка НСПДСБ</translation>
    </message>
    <message>
        <source>2 = direct contribution, 1 = partial contribution, empty = none.</source>
        <translation>2 = прямой вклад, 1 = частичный вклад, пусто = нет вклада.</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>В этом рабочем пространстве еще не записаны национальные целевые задачи.</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Национальная целевая задача</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>Охват и пробелы</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: охвачено %2 из %3</translation>
    </message>
    <message>
        <source>   not covered: %1 %2</source>
        <translation>   не охвачено: %1 %2</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>Национальные целевые задачи, не служащие ни одной базовой целевой задаче</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Synergies self-assessment – summary</source>
        <translation>Самооценка синергизма — сводка</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Рамочная программа</translation>
    </message>
    <message>
        <source>Framework id and version</source>
        <translation>Идентификатор и версия рамочной программы</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1, версия %2 (содержание %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Дата экспорта</translation>
    </message>
    <message>
        <source>No option has been answered in this round yet: every area below shows 0 of its options answered.</source>
        <translation>В этом раунде еще нет ответов ни на один вариант: во всех областях ниже показано 0 вариантов с ответами.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>С ответами</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of rated, applicable options ÷ 4; an empty score means no option of the area is rated yet.</source>
        <translation>Полнота = варианты с ответами ÷ все варианты. Результат = средний балл (0-4) оцененных применимых вариантов ÷ 4; пустой результат означает, что ни один вариант области еще не оценен.</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>Полнота и результат по областям</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>Результат по областям</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Writing the instructions…</source>
        <translation>Запись инструкций…</translation>
    </message>
    <message>
        <source>Writing area %1…</source>
        <translation>Запись области %1…</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>Сохранение книги…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Инструкции</translation>
    </message>
    <message>
        <source>Synergies self-assessment – questionnaire</source>
        <translation>Самооценка синергизма — вопросник</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Страна: %1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Раунд: %1</translation>
    </message>
    <message>
        <source>Framework: %1, version %2</source>
        <translation>Рамочная программа: %1, версия %2</translation>
    </message>
    <message>
        <source>How to fill in this questionnaire</source>
        <translation>Как заполнять этот вопросник</translation>
    </message>
    <message>
        <source>1. Each sheet is one area of the framework; each row is one option. Read the option and its questions in the grey columns.</source>
        <translation>1. Каждый лист соответствует одной области рамочной программы, каждая строка — одному варианту. Прочитайте вариант и вопросы к нему в серых столбцах.</translation>
    </message>
    <message>
        <source>2. Fill in the yellow cells only. Choose the rating and the priority from the drop-down lists; the other cells take free text.</source>
        <translation>2. Заполняйте только желтые ячейки. Балл и приоритет выбираются из раскрывающихся списков; в остальные ячейки вводится произвольный текст.</translation>
    </message>
    <message>
        <source>3. Ratings: 0 not started, 1 planned or initial steps, 2 partly in place, 3 largely in place, 4 fully in place, NA not applicable, ND not yet discussed.</source>
        <translation>3. Баллы: 0 — работа не начата, 1 — запланировано или сделаны первые шаги, 2 — частично действует, 3 — в основном действует, 4 — полностью действует, NA — неприменимо, ND — еще не обсуждалось.</translation>
    </message>
    <message>
        <source>4. Conventions concerned: codes separated by commas, from this list: %1.</source>
        <translation>4. Соответствующие конвенции: коды через запятую из следующего списка: %1.</translation>
    </message>
    <message>
        <source>5. Target dates as dates (for example 2027-06-30).</source>
        <translation>5. Целевые сроки указываются как даты (например, 2027-06-30).</translation>
    </message>
    <message>
        <source>6. Do not add, move or delete rows or sheets, and do not change the grey cells: the file is read back automatically.</source>
        <translation>6. Не добавляйте, не перемещайте и не удаляйте строки и листы и не изменяйте серые ячейки: файл считывается автоматически.</translation>
    </message>
    <message>
        <source>7. Save the file as an Excel workbook (.xlsx) and send it back. The answers already given are filled in; change what is no longer true.</source>
        <translation>7. Сохраните файл как книгу Excel (.xlsx) и отправьте его обратно. Уже данные ответы заполнены; измените то, что больше не соответствует действительности.</translation>
    </message>
    <message>
        <source>What the option asks</source>
        <translation>Суть варианта</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Choose a rating from the list.</source>
        <translation>Выберите балл из списка.</translation>
    </message>
    <message>
        <source>Type a date, for example 2027-06-30.</source>
        <translation>Введите дату, например 2027-06-30.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>в подготовке</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>представлен</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Календарь отчетности</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue on %3.</source>
        <translation>Обязательств: %1; по состоянию на %3 просрочено: %2.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>без фиксированной даты</translation>
    </message>
    <message>
        <source>The calendar is empty.</source>
        <translation>Календарь пуст.</translation>
    </message>
    <message>
        <source>Datasets and the reports they feed</source>
        <translation>Наборы данных и доклады, в которых они используются</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Хранитель</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновляется</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>Используется в докладах</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Общий</translation>
    </message>
    <message>
        <source>Writing sheets…</source>
        <translation>Запись листов…</translation>
    </message>
    <message>
        <source>Long texts</source>
        <translation>Длинные тексты</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Полный текст</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names left out of this export</source><translation><numerusform>%n участник; имена не включены в этот экспорт</numerusform><numerusform>%n участника; имена не включены в этот экспорт</numerusform><numerusform>%n участников; имена не включены в этот экспорт</numerusform></translation></message></context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Leave out personal data (names, e-mails, phones and addresses)</source>
        <translation>Не включать персональные данные (имена, адреса электронной почты, телефоны и адреса)</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Option text</source>
        <translation>Текст варианта</translation>
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
        <translation>&amp;Найти…</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find in this round</source>
        <translation>Поиск в этом раунде</translation>
    </message>
    <message>
        <source>&amp;Find in options, evidence, gaps and next steps:</source>
        <translation>&amp;Найти в вариантах, подтверждающих сведениях, пробелах и дальнейших шагах:</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Слова для поиска</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Найденные фрагменты</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Перейти</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>Найден %n фрагмент</numerusform>
            <numerusform>Найдено %n фрагмента</numerusform>
            <numerusform>Найдено %n фрагментов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found in this round.</source>
        <translation>В этом раунде ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <extracomment>Instrument families ticked at first: every convention and protocol, and the GEF, which nearly every country takes part in. The team unticks what the country has not joined.</extracomment>
        <translation>Самооценка %1</translation>
    </message>
    <message>
        <source>Set up the new workspace</source>
        <translation>Настройка нового рабочего пространства</translation>
    </message>
    <message>
        <source>Set up the workspace for your country</source>
        <translation>Настройте рабочее пространство для своей страны</translation>
    </message>
    <message>
        <source>A few answers and the workspace is ready: the pages then show only the treaties the country is Party to, the reporting calendar starts from today, and the team can start answering. Everything can be changed later (File &gt; Country profile).</source>
        <translation>Ответьте на несколько вопросов, и рабочее пространство будет готово: на страницах будут показаны только договоры, Стороной которых является страна, календарь отчетности начнется с сегодняшнего дня, а группа сможет приступить к ответам. Все это можно изменить позже («Файл &gt; Профиль страны»).</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>Код &amp;ISO:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>for example Republic of Verdania</source>
        <translation>например Республика Вердания</translation>
    </message>
    <message>
        <source>for example Verdania (optional)</source>
        <translation>например Вердания (необязательно)</translation>
    </message>
    <message>
        <source>three letters, for example VRD (optional)</source>
        <translation>три буквы, например VRD (необязательно)</translation>
    </message>
    <message>
        <source>shown in the history of every change you make</source>
        <translation>отображается в истории каждого внесенного вами изменения</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Название страны</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Код ISO</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Treaties the country is &amp;Party to</source>
        <translation>&amp;Договоры, Стороной которых является страна</translation>
    </message>
    <message>
        <source>Untick those the country has not joined: their roles, reports and goals are then left out of the register, the calendar and the alignment.</source>
        <translation>Снимите отметки с договоров, к которым страна не присоединилась: их роли, доклады и цели будут исключены из реестра, календаря и увязки.</translation>
    </message>
    <message>
        <source>Start the first &amp;round of the self-assessment now</source>
        <translation>Сразу начать первый &amp;раунд самооценки</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>Название раунда</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace</source>
        <translation>Настроить рабочее &amp;пространство</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>A new person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Prefi&amp;x:</source>
        <translation>Обр&amp;ащение:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Подразделение:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Ins&amp;trument:</source>
        <translation>Д&amp;оговор:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Человек:</translation>
    </message>
    <message>
        <source>Primary contact for this instrument</source>
        <translation>Основное контактное лицо по этому договору</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
    <message>
        <source>Designation date</source>
        <translation>Дата назначения</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Адр&amp;ес:</translation>
    </message>
    <message>
        <source>Desi&amp;gnated on:</source>
        <translation>Дата &amp;назначения:</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Date last verified</source>
        <translation>Дата последней проверки</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>Последняя провер&amp;ка:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Примечани&amp;я:</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Дата смены</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>Записка о передаче дел</translation>
    </message>
    <message>
        <source>What the new holder needs to know: open files, deadlines, contacts…</source>
        <translation>Что нужно знать новому ответственному лицу: текущие дела, сроки, контакты…</translation>
    </message>
    <message>
        <source>Date of the &amp;change (YYYY-MM-DD):</source>
        <translation>Дата &amp;смены (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <source>&amp;Hand-over note:</source>
        <translation>&amp;Записка о передаче дел:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Записка о передаче дел от %1 (до %2):&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>The date of the change must be written as YYYY-MM-DD, not “%1”.</source>
        <translation>Дата смены должна быть указана в формате ГГГГ-ММ-ДД, а не «%1».</translation>
    </message>
</context>
<context>
    <name>FocalPointModel</name>
    <message>
        <source>former holder until %1</source>
        <translation>прежнее ответственное лицо до %1</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>давно не проверялось</translation>
    </message>
    <message>
        <source>current</source>
        <translation>текущее</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>FocalPoints</name>
    <message>
        <source>This entry already belongs to a former holder.</source>
        <translation>Эта запись уже относится к прежнему ответственному лицу.</translation>
    </message>
    <message>
        <source>The change cannot be dated before the previous holder was designated.</source>
        <translation>Дата смены не может быть раньше даты назначения предыдущего ответственного лица.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Неизвестный договор «%1».</translation>
    </message>
    <message>
        <source>%1 has no role “%2”.</source>
        <translation>У договора %1 нет роли «%2».</translation>
    </message>
    <message>
        <source>Give the institution of the focal point; it stays in exports even without personal data.</source>
        <translation>Укажите учреждение национального координационного центра; оно сохраняется в экспорте даже без персональных данных.</translation>
    </message>
    <message>
        <source>Give a name, or at least the position, of the person who holds the role.</source>
        <translation>Укажите имя или хотя бы должность человека, выполняющего эту роль.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (expected something like name@ministry.gov).</source>
        <translation>«%1» — недопустимый адрес электронной почты (ожидается адрес вида name@ministry.gov).</translation>
    </message>
    <message>
        <source>The date last verified cannot be in the future.</source>
        <translation>Дата последней проверки не может быть в будущем.</translation>
    </message>
    <message>
        <source>The entry cannot have been verified before the designation.</source>
        <translation>Запись не может быть проверена раньше даты назначения.</translation>
    </message>
    <message>
        <source>%1 can have only one holder, and %2 holds it. Use “Change holder” to record a new holder.</source>
        <translation>Роль «%1» может выполнять только одно лицо, и она уже закреплена за %2. Чтобы записать новое ответственное лицо, используйте «Сменить ответственное лицо».</translation>
    </message>
    <message>
        <source>There is no focal-point entry with id %1.</source>
        <translation>Записи о национальном координационном центре с идентификатором %1 не существует.</translation>
    </message>
</context>
<context>
    <name>FocalPointsView</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>До&amp;говор:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Ро&amp;ль:</translation>
    </message>
    <message>
        <source>Instit&amp;ution:</source>
        <translation>Учре&amp;ждение:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Поис&amp;к:</translation>
    </message>
    <message>
        <source>&amp;Change holder…</source>
        <translation>С&amp;менить ответственное лицо…</translation>
    </message>
    <message>
        <source>Show for&amp;mer holders</source>
        <translation>Пок&amp;азывать прежних ответственных лиц</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Импор&amp;т…</translation>
    </message>
    <message>
        <source>Import focal points from a spreadsheet (Excel workbook or CSV file)</source>
        <translation>Импорт национальных координационных центров из электронной таблицы (книги Excel или файла CSV)</translation>
    </message>
    <message>
        <source>Add a focal point…</source>
        <translation>Добавить национальный координационный центр…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Импортировать из электронной таблицы…</translation>
    </message>
    <message>
        <source>name, e-mail, position…</source>
        <translation>имя, эл. почта, должность…</translation>
    </message>
    <message>
        <source>Focal points and authorities</source>
        <translation>Национальные координационные центры и органы</translation>
    </message>
    <message>
        <source>Coverage of roles</source>
        <translation>Охват ролей</translation>
    </message>
    <message>
        <source>Details of the chosen entry</source>
        <translation>Сведения о выбранной записи</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage: every role of every instrument the country is Party to&lt;/b&gt;</source>
        <translation>&lt;b&gt;Охват: все роли по всем договорам, Стороной которых является страна&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>Показана %n запись</numerusform>
            <numerusform>Показаны %n записи</numerusform>
            <numerusform>Показано %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>No focal point is recorded yet</source>
        <translation>Национальные координационные центры еще не записаны</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>✓ filled (green)   ! not verified in the last %1 months (amber)   ✗ missing (red) — %2 of %3 roles filled, %4 missing</source>
        <translation>✓ заполнено (зеленый)   ! не проверялось в последние %1 мес. (желтый)   ✗ отсутствует (красный) — заполнено ролей: %2 из %3, отсутствует: %4</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an entry to see its details, hand-over note and the former holders of the role.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите запись, чтобы увидеть ее подробные сведения, записку о передаче дел и прежних ответственных лиц по этой роли.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Записка о передаче дел от %1 (до %2):&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Former holders</source>
        <translation>Прежние ответственные лица</translation>
    </message>
    <message>
        <source>Add a focal point</source>
        <translation>Добавление национального координационного центра</translation>
    </message>
    <message>
        <source>Edit focal point</source>
        <translation>Изменение национального координационного центра</translation>
    </message>
    <message>
        <source>Change holder</source>
        <translation>Смена ответственного лица</translation>
    </message>
    <message>
        <source>Delete the entry “%1” for %2? Use “Change holder” instead when somebody else took over: it keeps the history.</source>
        <translation>Удалить запись «%1» по договору %2? Если роль перешла к другому человеку, используйте «Сменить ответственное лицо»: так сохранится история.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Удаление записи</translation>
    </message>
<message numerus="yes"><source>Record who holds each focal point and authority role of the treaties the country is Party to; the matrix below shows the %n role(s) to fill. If the team already keeps a list in a spreadsheet, import it: every row is checked and shown to you before anything is added.</source><translation><numerusform>Запишите, кто выполняет каждую из ролей национальных координационных центров и органов по договорам, Стороной которых является страна; в матрице ниже показана %n роль, которую нужно заполнить. Если группа уже ведет список в электронной таблице, импортируйте его: каждая строка проверяется и показывается вам, прежде чем что-либо будет добавлено.</numerusform><numerusform>Запишите, кто выполняет каждую из ролей национальных координационных центров и органов по договорам, Стороной которых является страна; в матрице ниже показаны %n роли, которые нужно заполнить. Если группа уже ведет список в электронной таблице, импортируйте его: каждая строка проверяется и показывается вам, прежде чем что-либо будет добавлено.</numerusform><numerusform>Запишите, кто выполняет каждую из ролей национальных координационных центров и органов по договорам, Стороной которых является страна; в матрице ниже показано %n ролей, которые нужно заполнить. Если группа уже ведет список в электронной таблице, импортируйте его: каждая строка проверяется и показывается вам, прежде чем что-либо будет добавлено.</numerusform></translation></message></context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <source>Add a reference framework</source>
        <translation>Добавление базовой рамочной программы</translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation>Краткий &amp;код:</translation>
    </message>
    <message>
        <source>for example AU-STRATEGY</source>
        <translation>например AU-STRATEGY</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Договор:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>decision or resolution that adopted it</source>
        <translation>решение или резолюция, которыми она принята</translation>
    </message>
    <message>
        <source>&amp;Goals or targets:</source>
        <translation>&amp;Цели или целевые задачи:</translation>
    </message>
    <message>
        <source>One per line, as “code: title”, for example
G1: Reduce threats to species</source>
        <translation>По одной на строку в виде «код: название», например
G1: Сократить угрозы для видов</translation>
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
        <translation>Ответы на %1 из %2 вариантов</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>есть ответ</translation>
    </message>
    <message>
        <source>not yet discussed</source>
        <translation>еще не обсуждалось</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>неприм.</translation>
    </message>
    <message>
        <source>Area and option</source>
        <translation>Область и вариант</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Вперед (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Поис&amp;к:</translation>
    </message>
    <message>
        <source>a word or a phrase, for example round</source>
        <translation>слово или фраза, например раунд</translation>
    </message>
    <message>
        <source>Search the user guide</source>
        <translation>Поиск в руководстве пользователя</translation>
    </message>
    <message>
        <source>Sections of the user guide</source>
        <translation>Разделы руководства пользователя</translation>
    </message>
    <message>
        <source>Places found in the user guide</source>
        <translation>Найденные фрагменты руководства пользователя</translation>
    </message>
    <message>
        <source>Text of the user guide</source>
        <translation>Текст руководства пользователя</translation>
    </message>
    <message>
        <source>%1 – User guide</source>
        <translation>%1 – Руководство пользователя</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Содержание&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Введите не менее двух букв.</translation>
    </message>
    <message>
        <source>No place in the guide contains “%1”.</source>
        <translation>В руководстве не найдено ни одного фрагмента с текстом «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>Найден %n фрагмент</numerusform>
            <numerusform>Найдено %n фрагмента</numerusform>
            <numerusform>Найдено %n фрагментов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import national targets</source>
        <translation>Импорт национальных целевых задач</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2: %3 target(s) will be added; %4 row(s) are rejected and will not be imported.</source>
        <translation>Лист «%1» файла %2: будет добавлено целевых задач: %3; отклонено строк (не будут импортированы): %4.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Ведущее учреждение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Targets to add</source>
        <translation>Добавляемые целевые задачи</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклоненные строки</translation>
    </message>
    <message numerus="yes">
        <source>Import %n target(s)</source>
        <translation>
            <numerusform>Импортировать %n целевую задачу</numerusform>
            <numerusform>Импортировать %n целевые задачи</numerusform>
            <numerusform>Импортировать %n целевых задач</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;Будут добавлены&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Отклоненные строки&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>0 – not started</source>
        <translation>0 – работа не начата</translation>
    </message>
    <message>
        <source>1 – planned or initial steps</source>
        <translation>1 – запланировано или сделаны первые шаги</translation>
    </message>
    <message>
        <source>2 – partly in place</source>
        <translation>2 – частично действует</translation>
    </message>
    <message>
        <source>3 – largely in place</source>
        <translation>3 – в основном действует</translation>
    </message>
    <message>
        <source>4 – fully in place</source>
        <translation>4 – полностью действует</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Еще не обсуждалось</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Завершен</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Conventions concerned</source>
        <translation>Соответствующие конвенции</translation>
    </message>
    <message>
        <source>Responsible institution(s)</source>
        <translation>Ответственное учреждение (учреждения)</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Подтверждающие сведения и примечания</translation>
    </message>
    <message>
        <source>Gaps and obstacles</source>
        <translation>Пробелы и препятствия</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Целевой срок</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>Работа еще не начиналась.</translation>
    </message>
    <message>
        <source>The step is planned or the first actions have started.</source>
        <translation>Шаг запланирован, или начаты первые действия.</translation>
    </message>
    <message>
        <source>Some elements work, but important parts are missing.</source>
        <translation>Некоторые элементы работают, но важные составляющие отсутствуют.</translation>
    </message>
    <message>
        <source>Most elements work; a few gaps remain.</source>
        <translation>Большинство элементов работает; остаются отдельные пробелы.</translation>
    </message>
    <message>
        <source>The option is fully in place and works in practice.</source>
        <translation>Вариант полностью осуществлен и действует на практике.</translation>
    </message>
    <message>
        <source>The option does not apply to this country; it is left out of the scores.</source>
        <translation>Вариант неприменим к этой стране; он исключается из подсчета результатов.</translation>
    </message>
    <message>
        <source>The team has not discussed this option yet.</source>
        <translation>Группа еще не обсуждала этот вариант.</translation>
    </message>
    <message>
        <source>focal-point register</source>
        <translation>реестр национальных координационных центров</translation>
    </message>
    <message>
        <source>coordination mechanism</source>
        <translation>координационный механизм</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>увязка НСПДСБ</translation>
    </message>
    <message>
        <source>reporting calendar</source>
        <translation>календарь отчетности</translation>
    </message>
    <message>
        <source>shared datasets</source>
        <translation>общие наборы данных</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>частичный</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>прямой</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Создать рабочее пространство…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Открыть &amp;демонстрационное рабочее пространство</translation>
    </message>
    <message>
        <source>&amp;Export summary…</source>
        <translation>&amp;Экспорт сводки…</translation>
    </message>
    <message>
        <source>Open team ser&amp;ver workspace…</source>
        <translation>Открыть рабочее пространство на сервере &amp;группы…</translation>
    </message>
    <message>
        <source>Export q&amp;uestionnaire…</source>
        <translation>Экспорт &amp;вопросника…</translation>
    </message>
    <message>
        <source>&amp;Import questionnaire…</source>
        <translation>&amp;Импорт вопросника…</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>Сохранить рабочее пространство &amp;как…</translation>
    </message>
    <message>
        <source>Country &amp;profile…</source>
        <translation>&amp;Профиль страны…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Об&amp;зор</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Оценка</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>Национальные координационные &amp;центры</translation>
    </message>
    <message>
        <source>&amp;Coordination</source>
        <translation>&amp;Координация</translation>
    </message>
    <message>
        <source>&amp;NBSAP alignment</source>
        <translation>Увязка &amp;НСПДСБ</translation>
    </message>
    <message>
        <source>&amp;Reporting calendar</source>
        <translation>Календарь от&amp;четности</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Закрыть рабочее пространство</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Ваше &amp;имя…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Новый раунд…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Round &amp;details…</source>
        <translation>&amp;Сведения о раунде…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <source>New round from &amp;this one…</source>
        <translation>Новый раунд на &amp;основе текущего…</translation>
    </message>
    <message>
        <source>De&amp;lete round…</source>
        <translation>&amp;Удалить раунд…</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>У&amp;величить текст</translation>
    </message>
    <message>
        <source>Nor&amp;mal text size</source>
        <translation>Обычный &amp;размер текста</translation>
    </message>
    <message>
        <source>Ne&amp;xt option</source>
        <translation>С&amp;ледующий вариант</translation>
    </message>
    <message>
        <source>&amp;Previous option</source>
        <translation>П&amp;редыдущий вариант</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>У&amp;меньшить текст</translation>
    </message>
    <message>
        <source>&amp;History panel</source>
        <translation>Панель &amp;истории</translation>
    </message>
    <message>
        <source>&amp;About Synergy Desktop</source>
        <translation>&amp;О программе Synergy Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Round: </source>
        <translation>&amp;Раунд: </translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Раунд оценки</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочее пространство: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Рабочее пространство не открыто</translation>
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
        <translation>нет вклада</translation>
    </message>
    <message>
        <source>partial contribution</source>
        <translation>частичный вклад</translation>
    </message>
    <message>
        <source>direct contribution</source>
        <translation>прямой вклад</translation>
    </message>
    <message>
        <source>%1 → %2 %3: %4</source>
        <translation>%1 → %2 %3: %4</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>Запись заседания</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation>&amp;Решения:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Дальнейшие &amp;шаги:</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Добавление члена</translation>
    </message>
    <message>
        <source>(an institution, not a person of the register)</source>
        <translation>(учреждение, а не человек из реестра)</translation>
    </message>
    <message>
        <source>Person from the register</source>
        <translation>Человек из реестра</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Человек:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1 cannot be merged: its records are damaged or incomplete. Nothing was changed; ask for a fresh copy.</source>
        <translation>Невозможно объединить %1: его записи повреждены или неполны. Ничего не изменено; запросите новую копию.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its round “%2” was answered against the framework %3 version %4, and this workspace uses %5 version %6. Nothing was changed.</source>
        <translation>Невозможно объединить %1: его раунд «%2» заполнен по рамочной структуре %3 версии %4, а это рабочее пространство использует %5 версии %6. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is this workspace itself; choose another file to merge.</source>
        <translation>%1 — это само это рабочее пространство; выберите другой файл для объединения.</translation>
    </message>
    <message>
        <source>The merge was not applied (%1). Nothing was changed.</source>
        <translation>Объединение не выполнено (%1). Ничего не изменено.</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>объединено из %1</translation>
    </message>
    <message>
        <source>kept this workspace's value</source>
        <translation>сохранено значение этого рабочего пространства</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Профиль страны</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Национальный координационный центр</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>Координационный механизм</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Национальная целевая задача</translation>
    </message>
    <message>
        <source>Reference framework</source>
        <translation>Базовая рамочная программа</translation>
    </message>
    <message>
        <source>Framework target</source>
        <translation>Целевая задача рамочной программы</translation>
    </message>
    <message>
        <source>Alignment cell</source>
        <translation>Ячейка увязки</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Reporting obligation</source>
        <translation>Обязательство по отчетности</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Код ISO</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Instruments left out</source>
        <translation>Исключенные договоры</translation>
    </message>
    <message>
        <source>Months before an entry needs checking</source>
        <translation>Через сколько месяцев запись требует проверки</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>Дата назначения</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>Записка о передаче дел</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Преемник</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовая основа</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Мандат</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Заседаний в год</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>Версия НСПДСБ</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Ведущее учреждение</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Краткий код</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Рамочная программа</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>Базовая целевая задача</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень вклада</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Хранитель</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновляется</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Справочный код</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>Периодичность (мес.)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Due date precision</source>
        <translation>Точность срока</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Наборы данных</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(вся запись)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>ответов: %n</numerusform><numerusform>ответов: %n</numerusform><numerusform>ответов: %n</numerusform></translation></message>
    <message>
        <source>The round is finalised here.</source>
        <translation>Здесь этот раунд завершен.</translation>
    </message>
    <message>
        <source>It belongs to a record that is not in this workspace.</source>
        <translation>Относится к записи, которой нет в этом рабочем пространстве.</translation>
    </message>
    <message>
        <source>This workspace has another framework with the same key.</source>
        <translation>В этом рабочем пространстве есть другая рамочная программа с тем же кратким кодом.</translation>
    </message>
    <message>
        <source>Records added here still refer to it.</source>
        <translation>На эту запись по-прежнему ссылаются записи, добавленные здесь.</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>Рабочие пространства Synergy (*.synergy);;Все файлы (*)</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Не удалось: %1</translation>
    </message>
    <message>
        <source>Merge another workspace</source>
        <translation>Объединение с другим рабочим пространством</translation>
    </message>
    <message>
        <source>Reading the other workspace…</source>
        <translation>Чтение другого рабочего пространства…</translation>
    </message>
    <message>
        <source>%1 holds nothing that this workspace does not have already.</source>
        <translation>В %1 нет ничего, чего еще не было бы в этом рабочем пространстве.</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed.</source>
        <translation>Объединение отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <source>Merged %1: %2 change(s) applied, %3 conflict(s) kept as here, %4 left undecided, %5 held.</source>
        <translation>Объединение с %1 выполнено. Применено изменений: %2; конфликтов, оставленных как здесь: %3; оставлено без решения: %4; отложено: %5.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Сохранение копии…</translation>
    </message>
    <message>
        <source>A copy was saved to %1; you are still working in %2.</source>
        <translation>Копия сохранена в %1; вы по-прежнему работаете в %2.</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>Сравнение рабочих пространств</translation>
    </message>
    <message>
        <source>Choose two or more workspaces (hold Ctrl to choose several).</source>
        <translation>Выберите два или более рабочих пространства (чтобы выбрать несколько, удерживайте Ctrl).</translation>
    </message>
    <message>
        <source>Reading the workspaces…</source>
        <translation>Чтение рабочих пространств…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Экспорт сравнения</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Запись книги…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменен; ничего не записано.</translation>
    </message>
    <message>
        <source>Comparison written to %1</source>
        <translation>Сравнение записано в %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>Не удается записать книгу в %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Merge another workspace…</source>
        <translation>Объ&amp;единить с другим рабочим пространством…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Сохранить копи&amp;ю…</translation>
    </message>
    <message>
        <source>Compare &amp;workspaces…</source>
        <translation>Сравнить &amp;рабочие пространства…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another workspace</source>
        <translation>Объединение с другим рабочим пространством</translation>
    </message>
    <message>
        <source>%1: %2 change(s) come in; %3 conflict(s) need your choice; %4 change(s) are held and not applied. A backup copy is made before anything is written.</source>
        <translation>%1: входящих изменений: %2; конфликтов, требующих вашего решения: %3; отложенных изменений (не будут применены): %4. Перед записью создается резервная копия.</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records are matched by their stable ids only, and every difference is a conflict.</source>
        <translation>У двух рабочих пространств нет общей истории: записи сопоставляются только по их постоянным идентификаторам, и каждое различие считается конфликтом.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <source>Incoming changes</source>
        <translation>Входящие изменения</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Held changes</source>
        <translation>Отложенные изменения</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incoming changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Входящие изменения&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (tick to take theirs)</source>
        <translation>&lt;b&gt;Конфликты&lt;/b&gt; (отметьте, чтобы принять их версию)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held&lt;/b&gt; (reported, not applied)</source>
        <translation>&lt;b&gt;Отложенные&lt;/b&gt; (показаны, но не применяются)</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Оставить все мои версии</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Принять все их версии</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
</context>
<context>
    <name>Nbsap</name>
    <message>
        <source>A national target needs a code, for example T1 or 3.2.</source>
        <translation>У национальной целевой задачи должен быть код, например T1 или 3.2.</translation>
    </message>
    <message>
        <source>“%1” is not a usable code: use letters, digits, dots or dashes, at most 30.</source>
        <translation>«%1» — недопустимый код: используйте буквы, цифры, точки или дефисы, не более 30 знаков.</translation>
    </message>
    <message>
        <source>A national target needs a title.</source>
        <translation>У национальной целевой задачи должно быть название.</translation>
    </message>
    <message>
        <source>The title is too long (at most 500 characters).</source>
        <translation>Название слишком длинное (не более 500 знаков).</translation>
    </message>
    <message>
        <source>There is already a national target with the code “%1”.</source>
        <translation>Национальная целевая задача с кодом «%1» уже существует.</translation>
    </message>
    <message>
        <source>There is no national target with id %1.</source>
        <translation>Национальной целевой задачи с идентификатором %1 не существует.</translation>
    </message>
    <message>
        <source>There is no reference framework “%1”.</source>
        <translation>Базовой рамочной программы «%1» не существует.</translation>
    </message>
    <message>
        <source>Give the framework a short code (letters, digits, dots or dashes).</source>
        <translation>Укажите краткий код рамочной программы (буквы, цифры, точки или дефисы).</translation>
    </message>
    <message>
        <source>A framework with the code “%1” exists already.</source>
        <translation>Рамочная программа с кодом «%1» уже существует.</translation>
    </message>
    <message>
        <source>Give the framework a name.</source>
        <translation>Укажите название рамочной программы.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Неизвестный договор «%1».</translation>
    </message>
    <message>
        <source>List at least one goal or target, one per line as “code: title”.</source>
        <translation>Укажите хотя бы одну цель или целевую задачу, по одной на строку в виде «код: название».</translation>
    </message>
    <message>
        <source>Each goal needs its own short code and a title, one per line as “code: title”.</source>
        <translation>У каждой цели должны быть собственный краткий код и название, по одной на строку в виде «код: название».</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>Удалять можно только рамочные программы, добавленные в этом рабочем пространстве.</translation>
    </message>
    <message>
        <source>%1 has no target “%2”.</source>
        <translation>В программе %1 нет целевой задачи «%2».</translation>
    </message>
</context>
<context>
    <name>NbsapView</name>
    <message>
        <source>Alignment</source>
        <translation>Увязка</translation>
    </message>
    <message>
        <source>&lt;b&gt;National targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Национальные целевые задачи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>Импорт из &amp;Excel…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Reference frame&amp;work:</source>
        <translation>&amp;Базовая рамочная программа:</translation>
    </message>
    <message>
        <source>Add a framework…</source>
        <translation>Добавить рамочную программу…</translation>
    </message>
    <message>
        <source>Delete framework…</source>
        <translation>Удалить рамочную программу…</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>Удалять можно только рамочные программы, добавленные в этом рабочем пространстве.</translation>
    </message>
    <message>
        <source>&amp;Note on cell…</source>
        <translation>При&amp;мечание к ячейке…</translation>
    </message>
    <message>
        <source>National targets</source>
        <translation>Национальные целевые задачи</translation>
    </message>
    <message>
        <source>No national target is recorded yet</source>
        <translation>Национальные целевые задачи еще не записаны</translation>
    </message>
    <message>
        <source>Add the targets of your NBSAP, or import them from an Excel sheet with a “Code” and a “Title” column. Then mark which global targets each one serves (the Kunming-Montreal framework and the goals of the other conventions), and see the gaps both ways.</source>
        <translation>Добавьте целевые задачи вашей НСПДСБ или импортируйте их из листа Excel со столбцами «Код» и «Название». Затем отметьте, каким глобальным целевым задачам служит каждая из них (задачам Куньминско-Монреальской рамочной программы и целям других конвенций), и посмотрите, где остаются пробелы в обоих направлениях.</translation>
    </message>
    <message>
        <source>Add a target…</source>
        <translation>Добавить целевую задачу…</translation>
    </message>
    <message>
        <source>Import targets from Excel…</source>
        <translation>Импортировать целевые задачи из Excel…</translation>
    </message>
    <message>
        <source>Alignment matrix</source>
        <translation>Матрица увязки</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>Охват и пробелы</translation>
    </message>
    <message>
        <source>● direct contribution   ◐ partial   (empty) none. Keys: 2 direct, 1 partial, 0 none, Space cycles, F2 opens a list. Point at a cell for the target's title.</source>
        <translation>● прямой вклад   ◐ частичный   (пусто) нет. Клавиши: 2 — прямой, 1 — частичный, 0 — нет, пробел — перебор значений, F2 — открыть список. Наведите указатель на ячейку, чтобы увидеть название целевой задачи.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>%1 of %2 covered (%3%)</source>
        <translation>Охвачено %1 из %2 (%3%)</translation>
    </message>
    <message>
        <source>Coverage of each framework</source>
        <translation>Охват каждой рамочной программы</translation>
    </message>
    <message>
        <source>Reference targets no national target covers</source>
        <translation>Целевые задачи, не охваченные ни одной национальной задачей</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>Национальные задачи, не связанные ни с одной целевой задачей</translation>
    </message>
    <message>
        <source>Add a national target</source>
        <translation>Добавление национальной целевой задачи</translation>
    </message>
    <message>
        <source>Edit national target</source>
        <translation>Изменение национальной целевой задачи</translation>
    </message>
    <message>
        <source>Delete the national target %1 “%2” and its alignments?</source>
        <translation>Удалить национальную целевую задачу %1 «%2» и ее увязки?</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Удаление целевой задачи</translation>
    </message>
    <message>
        <source>Import national targets</source>
        <translation>Импорт национальных целевых задач</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n national target(s) added.</source>
        <translation>
            <numerusform>Добавлена %n национальная целевая задача.</numerusform>
            <numerusform>Добавлены %n национальные целевые задачи.</numerusform>
            <numerusform>Добавлено %n национальных целевых задач.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the reference framework “%1” and every alignment to it? This cannot be undone.</source>
        <translation>Удалить базовую рамочную программу «%1» и все связи с ней? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete framework</source>
        <translation>Удаление рамочной программы</translation>
    </message>
    <message>
        <source>Note on the alignment</source>
        <translation>Примечание к увязке</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Договор:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>Д&amp;оклад:</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Цикл:</translation>
    </message>
    <message>
        <source>Repeats e&amp;very:</source>
        <translation>&amp;Периодичность:</translation>
    </message>
    <message>
        <source>does not repeat</source>
        <translation>не повторяется</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известен</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок представления</translation>
    </message>
    <message>
        <source>Date &amp;precision:</source>
        <translation>&amp;Точность даты:</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>точный день</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>только месяц</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>только год</translation>
    </message>
    <message>
        <source>Responsible &amp;focal point:</source>
        <translation>Ответственный &amp;национальный координационный центр:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(пока никто)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Пр&amp;имечания:</translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <source>Instrument</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Наборы данных</translation>
    </message>
</context>
<context>
    <name>OptionText</name>
    <message>
        <source>Area %1: %2</source>
        <translation>Область %1: %2</translation>
    </message>
    <message>
        <source>What “fully in place” looks like</source>
        <translation>Как выглядит полное осуществление</translation>
    </message>
    <message>
        <source>Questions for the team</source>
        <translation>Вопросы для группы</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Good practice: this option does not rest on a specific decision or resolution.</source>
        <translation>Передовая практика: этот вариант не основан на конкретном решении или резолюции.</translation>
    </message>
    <message>
        <source>Related evidence in this workspace:</source>
        <translation>Связанные сведения в этом рабочем пространстве:</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Focal points</source>
        <translation>Национальные координационные центры</translation>
    </message>
    <message>
        <source>Upcoming reporting deadlines</source>
        <translation>Ближайшие сроки представления отчетности</translation>
    </message>
    <message>
        <source>Open the walk-through</source>
        <translation>Открыть пошаговую оценку</translation>
    </message>
    <message>
        <source>Answers and score per area</source>
        <translation>Ответы и результат по областям</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>Результат по областям</translation>
    </message>
    <message>
        <source>Progress per area</source>
        <translation>Ход работы по областям</translation>
    </message>
    <message>
        <source>Score per area across rounds</source>
        <translation>Результат по областям в разных раундах</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>Открыть реестр</translation>
    </message>
    <message>
        <source>Open the alignment</source>
        <translation>Открыть увязку</translation>
    </message>
    <message>
        <source>NBSAP coverage per framework</source>
        <translation>Охват НСПДСБ по рамочным программам</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Открыть календарь</translation>
    </message>
    <message>
        <source>Overview of the round</source>
        <translation>Обзор раунда</translation>
    </message>
    <message>
        <source>Options answered</source>
        <translation>Варианты с ответами</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Targets covered</source>
        <translation>Охваченные целевые задачи</translation>
    </message>
    <message>
        <source>%1 filled   %2 not verified recently   %3 missing</source>
        <translation>%1 заполнено   %2 давно не проверялось   %3 отсутствует</translation>
    </message>
    <message>
        <source>Country not named yet (File &gt; Country profile…)</source>
        <translation>Страна еще не указана («Файл &gt; Профиль страны…»)</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>Раундов пока нет.</translation>
    </message>
    <message>
        <source>score %1%</source>
        <translation>результат %1%</translation>
    </message>
    <message>
        <source>no rating yet</source>
        <translation>баллов пока нет</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 options answered; %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Ответы на %2 из %3 вариантов; %4.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 answered, score %5</source>
        <translation>%1 %2: ответы на %3 из %4, результат %5</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled&lt;br&gt;%3 missing, %4 not verified in the last %5 months.</source>
        <translation>Заполнено ролей: %1 из %2&lt;br&gt;отсутствуют: %3, не проверялись в последние %5 мес.: %4.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: охвачено %2 из %3</translation>
    </message>
    <message>
        <source>No dated report is open.</source>
        <translation>Нет открытых докладов с датой.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Your copy of the demo</source>
        <translation>Ваша копия демонстрационного примера</translation>
    </message>
    <message>
        <source>You get your own copy of the demo country, to change as you like. Your changes are recorded under your name. Type the name to show:</source>
        <translation>Вы получаете собственную копию демонстрационной страны и можете изменять ее по своему усмотрению. Ваши изменения записываются под вашим именем. Введите имя для отображения:</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Presenter mode: press F11 to leave it.</source>
        <translation>Режим докладчика: нажмите F11, чтобы выйти из него.</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Режим &amp;докладчика</translation>
    </message>
    <message>
        <source>High con&amp;trast</source>
        <translation>В&amp;ысокая контрастность</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import questionnaire</source>
        <translation>Импорт вопросника</translation>
    </message>
    <message>
        <source>%1: %2 change(s) will be applied; %3 cell(s) are rejected and will not be imported.</source>
        <translation>%1: будет применено изменений: %2; отклонено ячеек (не будут импортированы): %3.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>Отклоненные ячейки</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Применить %n изменение</numerusform>
            <numerusform>Применить %n изменения</numerusform>
            <numerusform>Применить %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Изменения&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected cells&lt;/b&gt;</source>
        <translation>&lt;b&gt;Отклоненные ячейки&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>unknown rating “%1”</source>
        <translation>неизвестный балл «%1»</translation>
    </message>
    <message>
        <source>unknown priority “%1”</source>
        <translation>неизвестный приоритет «%1»</translation>
    </message>
    <message>
        <source>the list of conventions is far too long</source>
        <translation>список конвенций слишком длинный</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>«%1» не является датой</translation>
    </message>
    <message>
        <source>the date %1 is not a plausible target date (%2 to %3)</source>
        <translation>дата %1 не похожа на реальный целевой срок (допустимо от %2 до %3)</translation>
    </message>
    <message>
        <source>%1 is not a Synergy Desktop questionnaire (its identification sheet is missing). Export a questionnaire from the app and fill that in; nothing was imported.</source>
        <translation>%1 не является вопросником Synergy Desktop (отсутствует идентификационный лист). Экспортируйте вопросник из программы и заполните его; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 cannot be read: its hidden identification sheet is damaged. Ask for a new copy, or export a new questionnaire; nothing was imported.</source>
        <translation>Не удается прочитать %1: скрытый идентификационный лист поврежден. Запросите новую копию или экспортируйте новый вопросник; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is a questionnaire of a format this version does not know; nothing was imported.</source>
        <translation>%1 — вопросник в формате, неизвестном этой версии; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 was made for a different framework version (%2 %3) than this round uses (%4 %5). Export a new questionnaire for this round; nothing was imported.</source>
        <translation>%1 создан для другой версии рамочной программы (%2 %3), чем используется в этом раунде (%4 %5). Экспортируйте новый вопросник для этого раунда; ничего не импортировано.</translation>
    </message>
    <message>
        <source>this sheet holds options but its hidden first cell no longer names an area; the sheet was not read</source>
        <translation>на этом листе есть варианты, но в его скрытой первой ячейке больше не указана область; лист не прочитан</translation>
    </message>
    <message>
        <source>the row of option %1 is missing (deleted, or its id changed); it was not read</source>
        <translation>строка варианта %1 отсутствует (удалена или изменен ее идентификатор); она не прочитана</translation>
    </message>
    <message>
        <source>%1 appears on more than one row (%2) with different answers; none of them was read</source>
        <translation>%1 встречается в нескольких строках (%2) с разными ответами; ни одна из них не прочитана</translation>
    </message>
    <message>
        <source>the option id was edited (row %1); the row was skipped</source>
        <translation>идентификатор варианта был изменен (строка %1); строка пропущена</translation>
    </message>
    <message>
        <source>option %1 belongs on the sheet of area %2 (wrong sheet)</source>
        <translation>вариант %1 относится к листу области %2 (неверный лист)</translation>
    </message>
    <message>
        <source>questionnaire %1</source>
        <translation>вопросник %1</translation>
    </message>
<message numerus="yes"><source>the sheet of area %1 is missing (deleted, or its hidden first cell changed); its %n option(s) were not read</source><translation><numerusform>лист области %1 отсутствует (удален или изменена его скрытая первая ячейка); %n вариант этой области не прочитан</numerusform><numerusform>лист области %1 отсутствует (удален или изменена его скрытая первая ячейка); %n варианта этой области не прочитаны</numerusform><numerusform>лист области %1 отсутствует (удален или изменена его скрытая первая ячейка); %n вариантов этой области не прочитаны</numerusform></translation></message></context>
<context>
    <name>QuestionnaireActions</name>
    <message>
        <source>Export questionnaire</source>
        <translation>Экспорт вопросника</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the questionnaire</source>
        <translation>Экспорт вопросника</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменен; ничего не записано.</translation>
    </message>
    <message>
        <source>Questionnaire written to %1</source>
        <translation>Вопросник записан в %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>Не удается записать книгу в %1 (%2).</translation>
    </message>
    <message>
        <source>Import questionnaire</source>
        <translation>Импорт вопросника</translation>
    </message>
    <message>
        <source>This round is finalised. Start a new round from it to import answers.</source>
        <translation>Этот раунд завершен. Чтобы импортировать ответы, начните на его основе новый раунд.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменен; ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated from %1</source>
        <translation>
            <numerusform>Обновлено %n поле ответа из %1</numerusform>
            <numerusform>Обновлено %n поля ответа из %1</numerusform>
            <numerusform>Обновлено %n полей ответа из %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>“%1” in the column %2 is not a date (YYYY-MM-DD)</source>
        <translation>«%1» в столбце %2 не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”</source>
        <translation>Неизвестный договор «%1»</translation>
    </message>
    <message>
        <source>No instrument given</source>
        <translation>Договор не указан</translation>
    </message>
    <message>
        <source>The country is not Party to %1 (File &gt; Country profile)</source>
        <translation>Страна не является Стороной договора %1 («Файл &gt; Профиль страны»)</translation>
    </message>
    <message>
        <source>%1 has no role “%2”</source>
        <translation>У договора %1 нет роли «%2»</translation>
    </message>
    <message>
        <source>%1 already has a holder in the register (%2); use “Change holder”</source>
        <translation>Для роли «%1» в реестре уже есть ответственное лицо (%2); используйте «Сменить ответственное лицо»</translation>
    </message>
    <message>
        <source>%1 is given again (first on row %2)</source>
        <translation>Роль «%1» указана повторно (впервые в строке %2)</translation>
    </message>
    <message>
        <source>%1 is already in the register as %2</source>
        <translation>%1 уже есть в реестре в роли «%2»</translation>
    </message>
    <message>
        <source>The same row appears again (first on row %1)</source>
        <translation>Такая же строка встречается повторно (впервые в строке %1)</translation>
    </message>
    <message>
        <source>%1 has no header row with “Instrument” and “Role” columns. Add one above the focal points and try again; nothing was imported.</source>
        <translation>В файле %1 нет строки заголовков со столбцами «Договор» и «Роль». Добавьте ее над национальными координационными центрами и повторите попытку; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import focal points</source>
        <translation>Импорт национальных координационных центров</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2</source>
        <translation>Лист «%1» файла %2</translation>
    </message>
    <message>
        <source>%1: %2 focal point(s) will be added; %3 row(s) are rejected and will not be imported. Correct them in the file and import it again, or add them by hand afterwards.</source>
        <translation>%1: будет добавлено национальных координационных центров: %2; отклонено строк (не будут импортированы): %3. Исправьте их в файле и импортируйте его снова или затем добавьте их вручную.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Focal points to add</source>
        <translation>Добавляемые национальные координационные центры</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклоненные строки</translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;Будут добавлены&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Отклоненные строки&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>Электронные таблицы (*.xlsx *.csv);;Книги Excel (*.xlsx);;Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
<message numerus="yes"><source>%n focal point(s) added.</source><translation><numerusform>Добавлен %n национальный координационный центр.</numerusform><numerusform>Добавлены %n национальных координационных центра.</numerusform><numerusform>Добавлено %n национальных координационных центров.</numerusform></translation></message><message numerus="yes"><source>Import %n focal point(s)</source><translation><numerusform>Импортировать %n национальный координационный центр</numerusform><numerusform>Импортировать %n национальных координационных центра</numerusform><numerusform>Импортировать %n национальных координационных центров</numerusform></translation></message></context>
<context>
    <name>Report</name>
    <message>
        <source>%1 of %2 options answered; score %3.</source>
        <translation>Ответы на %1 из %2 вариантов; результат %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Annex: the framework and its bases</source>
        <translation>Приложение: рамочная программа и ее основания</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Рамочная программа</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1, версия %2 (содержание %3)</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>Версия рамочной программы</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Шкала баллов</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>What each option rests on</source>
        <translation>На чем основан каждый вариант</translation>
    </message>
    <message>
        <source>Good practice (no decision or resolution text)</source>
        <translation>Передовая практика (без текста решения или резолюции)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>Synergies self-assessment report</source>
        <translation>Отчет о самооценке синергизма</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>Дата отчета</translation>
    </message>
    <message>
        <source>Country not set</source>
        <translation>Страна не указана</translation>
    </message>
    <message>
        <source>This report was written by Synergy Desktop from the team's answers. Each option is rated from 0 (not started) to 4 (fully in place); the annex explains the scale and lists the texts each option rests on.</source>
        <translation>Этот отчет подготовлен программой Synergy Desktop на основе ответов группы. Каждый вариант оценивается баллом от 0 (работа не начата) до 4 (полностью действует); в приложении поясняется шкала и перечислены тексты, на которых основан каждый вариант.</translation>
    </message>
    <message>
        <source>Names, e-mail addresses and telephone numbers are left out of this report.</source>
        <translation>Имена, адреса электронной почты и номера телефонов в этот отчет не включены.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>%1 of %2 options answered; no option is rated yet.</source>
        <translation>Ответы на %1 из %2 вариантов; ни один вариант еще не оценен.</translation>
    </message>
    <message>
        <source>%1 of %2 options answered (%3); overall score %4.</source>
        <translation>Ответы на %1 из %2 вариантов (%3); общий результат %4.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>Полнота и результат по областям</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of the rated, applicable options ÷ 4.</source>
        <translation>Полнота = варианты с ответами ÷ все варианты. Результат = средний балл (0-4) оцененных применимых вариантов ÷ 4.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — next step by %2</source>
        <translation>%1 — следующий шаг до %2</translation>
    </message>
    <message>
        <source>Strongest options</source>
        <translation>Варианты с наивысшими баллами</translation>
    </message>
    <message>
        <source>No option is rated 3 or 4 yet.</source>
        <translation>Ни один вариант еще не получил 3 или 4 балла.</translation>
    </message>
    <message>
        <source>Weakest options</source>
        <translation>Варианты с наименьшими баллами</translation>
    </message>
    <message>
        <source>No option is rated 0 or 1.</source>
        <translation>Ни один вариант не получил 0 или 1 балл.</translation>
    </message>
    <message>
        <source>Top priorities</source>
        <translation>Главные приоритеты</translation>
    </message>
    <message>
        <source>No option is marked as a high priority yet.</source>
        <translation>Ни один вариант еще не отмечен как высокоприоритетный.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>без фиксированной даты</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>В этом раунде еще не записаны дальнейшие шаги.</translation>
    </message>
    <message>
        <source>Every next step recorded in this round, soonest first; steps without a target date come last.</source>
        <translation>Все дальнейшие шаги, записанные в этом раунде, начиная с ближайших; шаги без целевого срока приведены в конце.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>давно не проверялось</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <source>Focal-point coverage</source>
        <translation>Охват ролей национальных координационных центров</translation>
    </message>
    <message>
        <source>No focal-point roles apply.</source>
        <translation>Нет применимых ролей национальных координационных центров.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 vacant; %4 not verified in the last %5 months.</source>
        <translation>Заполнено ролей: %1 из %2; не заполнено: %3; не проверялись в последние %5 мес.: %4.</translation>
    </message>
    <message>
        <source>Vacant roles</source>
        <translation>Незаполненные роли</translation>
    </message>
    <message>
        <source>Every role has a holder.</source>
        <translation>У каждой роли есть ответственное лицо.</translation>
    </message>
    <message>
        <source>Roles not verified recently</source>
        <translation>Давно не проверявшиеся роли</translation>
    </message>
    <message>
        <source>Every holder was verified recently.</source>
        <translation>Сведения обо всех ответственных лицах недавно проверялись.</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Holder(s)</source>
        <translation>Ответственное лицо (лица)</translation>
    </message>
    <message>
        <source>NBSAP alignment: gaps both ways</source>
        <translation>Увязка НСПДСБ: пробелы в обоих направлениях</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>В этом рабочем пространстве еще не записаны национальные целевые задачи.</translation>
    </message>
    <message>
        <source>Which targets of the global frameworks no national target serves yet, and which national targets serve none of them.</source>
        <translation>Какие целевые задачи глобальных рамочных программ пока не охвачены ни одной национальной целевой задачей и какие национальные целевые задачи не служат ни одной из них.</translation>
    </message>
    <message>
        <source>Targets covered by at least one national target</source>
        <translation>Целевые задачи, охваченные хотя бы одной национальной целевой задачей</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Охвачено</translation>
    </message>
    <message>
        <source>%1 of %2 targets covered.</source>
        <translation>Охвачено целевых задач: %1 из %2.</translation>
    </message>
    <message>
        <source>Target not covered</source>
        <translation>Неохваченная целевая задача</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>National targets that serve no global target</source>
        <translation>Национальные целевые задачи, не служащие ни одной глобальной целевой задаче</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Национальная целевая задача</translation>
    </message>
    <message>
        <source>Every national target serves at least one.</source>
        <translation>Каждая национальная целевая задача служит хотя бы одной из них.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>в подготовке</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>представлен</translation>
    </message>
    <message>
        <source>Reporting calendar: the next 24 months</source>
        <translation>Календарь отчетности: ближайшие 24 месяца</translation>
    </message>
    <message>
        <source>overdue, %1</source>
        <translation>просрочен, %1</translation>
    </message>
    <message>
        <source>No open report is due until %1.</source>
        <translation>Нет открытых докладов со сроком до %1.</translation>
    </message>
    <message>
        <source>Open reports due until %1, overdue ones first.</source>
        <translation>Открытые доклады со сроком до %1; просроченные указаны первыми.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <extracomment>Characters XML 1.0 cannot hold (a pasted control character must not break the file).</extracomment>
        <translation>Запись документа…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Сохранение документа…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Give a file name ending in .docx or .pdf (not %1).</source>
        <extracomment>Territories whose paper is US Letter (CLDR supplemental data "paperSize"); A4 elsewhere.</extracomment>
        <translation>Укажите имя файла с расширением .docx или .pdf (а не %1).</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Подготовка отчета…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Построение диаграмм…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the report.</source>
        <translation>Папка %1 не существует. Создайте ее или выберите другое место для отчета.</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Верстка страниц…</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Не удается записать %1.</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Запись страницы %1 из %2…</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names are left out of this report</source><translation><numerusform>%n участник; имена в этот отчет не включены</numerusform><numerusform>%n участника; имена в этот отчет не включены</numerusform><numerusform>%n участников; имена в этот отчет не включены</numerusform></translation></message></context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчета</translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF document (*.pdf)</source>
        <translation>Документ Word (*.docx);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Запись отчета</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Отчет записан в %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменен; ничего не записано.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>Не удается записать отчет в %1 (%2). Закройте его, если он открыт в другой программе, или выберите другое место.</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>Экспорт о&amp;тчета…</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>The submission date cannot be in the future.</source>
        <translation>Дата представления не может быть в будущем.</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>У набора данных должно быть название.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Неизвестный договор «%1».</translation>
    </message>
    <message>
        <source>A report needs a title.</source>
        <translation>У доклада должно быть название.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 240 months.</source>
        <translation>Интервал должен составлять от 1 до 240 месяцев.</translation>
    </message>
    <message>
        <source>There is no reporting obligation with id %1.</source>
        <translation>Обязательства по отчетности с идентификатором %1 не существует.</translation>
    </message>
    <message>
        <source>There is no dataset with id %1.</source>
        <translation>Набора данных с идентификатором %1 не существует.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>в подготовке</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>представлен</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>без фиксированной даты</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>представлен %1</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation><numerusform>просрочен на %n день</numerusform><numerusform>просрочен на %n дня</numerusform><numerusform>просрочен на %n дней</numerusform></translation></message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation><numerusform>остался %n день</numerusform><numerusform>осталось %n дня</numerusform><numerusform>осталось %n дней</numerusform></translation></message>
</context>
<context>
    <name>ReportingView</name>
    <message>
        <source>In &amp;preparation</source>
        <translation>В под&amp;готовке</translation>
    </message>
    <message>
        <source>&amp;Submitted…</source>
        <translation>Пр&amp;едставлен…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Add dataset…</source>
        <translation>Добавить набор данных…</translation>
    </message>
    <message>
        <source>Edit dataset…</source>
        <translation>Изменить набор данных…</translation>
    </message>
    <message>
        <source>Delete dataset…</source>
        <translation>Удалить набор данных…</translation>
    </message>
    <message>
        <source>Only datasets that feed &amp;two or more reports</source>
        <translation>&amp;Только наборы данных, используемые в двух и более докладах</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reporting obligations&lt;/b&gt; (overdue in red)</source>
        <translation>&lt;b&gt;Обязательства по отчетности&lt;/b&gt; (просроченные выделены красным)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datasets&lt;/b&gt;: report once, use many times (bold: feeds two or more reports)</source>
        <translation>&lt;b&gt;Наборы данных&lt;/b&gt;: собрать один раз, использовать многократно (полужирным — используемые в двух и более докладах)</translation>
    </message>
    <message>
        <source>Reporting obligations</source>
        <translation>Обязательства по отчетности</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Наборы данных</translation>
    </message>
    <message>
        <source>Deadlines in the next 36 months</source>
        <translation>Сроки в ближайшие 36 месяцев</translation>
    </message>
    <message>
        <source>The reporting calendar is empty</source>
        <translation>Календарь отчетности пуст</translation>
    </message>
    <message>
        <source>List the reports the country owes each treaty it is Party to, with their due dates and the focal point responsible; the calendar then shows what is due next, what is late, and the datasets several reports share.</source>
        <translation>Перечислите доклады, которые страна должна представлять по каждому договору, Стороной которого она является, со сроками представления и ответственным национальным координационным центром; после этого календарь покажет, что нужно представить в ближайшее время, что просрочено и какие наборы данных используются в нескольких докладах.</translation>
    </message>
    <message>
        <source>Add a reporting obligation…</source>
        <translation>Добавить обязательство по отчетности…</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue, %3 submitted. %4 of %5 datasets feed two or more reports. The diamonds show the deadlines of the next 36 months (red: overdue, amber: in preparation, grey: not started); the blue line is today.</source>
        <translation>Обязательств: %1; просрочено: %2; представлено: %3. Наборов данных, используемых в двух и более докладах: %4 из %5. Ромбы показывают сроки в ближайшие 36 месяцев (красный — просрочено, желтый — в подготовке, серый — не начато); синяя линия — сегодняшний день.</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Календарь отчетности</translation>
    </message>
    <message>
        <source>Add a reporting obligation</source>
        <translation>Добавление обязательства по отчетности</translation>
    </message>
    <message>
        <source>Edit reporting obligation</source>
        <translation>Изменение обязательства по отчетности</translation>
    </message>
    <message>
        <source>Report submitted</source>
        <translation>Доклад представлен</translation>
    </message>
    <message>
        <source>Date on which “%1” was submitted (YYYY-MM-DD):</source>
        <translation>Дата представления доклада «%1» (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYY-MM-DD; the status was not changed.</source>
        <translation>«%1» не является датой в формате ГГГГ-ММ-ДД; статус не изменен.</translation>
    </message>
    <message>
        <source>Delete obligation</source>
        <translation>Удаление обязательства</translation>
    </message>
    <message>
        <source>Delete “%1 %2” from the calendar?</source>
        <translation>Удалить «%1 %2» из календаря?</translation>
    </message>
    <message>
        <source>Add a dataset</source>
        <translation>Добавление набора данных</translation>
    </message>
    <message>
        <source>Edit dataset</source>
        <translation>Изменение набора данных</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Удаление набора данных</translation>
    </message>
    <message>
        <source>Delete the dataset “%1”?</source>
        <translation>Удалить набор данных «%1»?</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>New round</source>
        <translation>Новый раунд</translation>
    </message>
    <message>
        <source>Rename round</source>
        <translation>Переименование раунда</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Round details</source>
        <translation>Сведения о раунде</translation>
    </message>
    <message>
        <source>Finalise the round “%1”? Its answers become read-only; you can still export them and start a new round from it.

%2 of %3 options are answered.</source>
        <translation>Завершить раунд «%1»? Его ответы станут доступны только для чтения; их по-прежнему можно будет экспортировать и начать на основе раунда новый.

Ответы даны на %2 из %3 вариантов.</translation>
    </message>
    <message>
        <source>Finalise round</source>
        <translation>Завершение раунда</translation>
    </message>
    <message>
        <source>New round from this one</source>
        <translation>Новый раунд на основе текущего</translation>
    </message>
    <message>
        <source>Delete the round “%1” and its %2 answers? This cannot be undone. The change history of the round is kept in the workspace.</source>
        <translation>Удалить раунд «%1» и его ответы (%2)? Это действие нельзя отменить. История изменений раунда сохранится в рабочем пространстве.</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Удаление раунда</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <translation>Самооценка %1</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>Название раунда</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>The screenshot %1 cannot be written.</source>
        <translation>Не удается записать снимок экрана %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Give a folder for the PNG files.</source>
        <translation>%1 — это файл, а не папка. Укажите папку для файлов PNG.</translation>
    </message>
    <message>
        <source>The screenshots cannot be written to the folder %1 (%2). Choose another folder.</source>
        <translation>Не удается записать снимки экрана в папку %1 (%2). Выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>change %1 of %2</source>
        <translation>изменение поля «%1» варианта %2</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Could not save — %1</source>
        <translation>Не удалось сохранить — %1</translation>
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
        <translation>Проработайте национальные варианты действий по повышению синергизма между конвенциями, связанными с биоразнообразием (решение XIII/24 КБР): национальные координационные центры, НСПДСБ, национальная отчетность и многое другое. Все данные хранятся на этом компьютере в файле рабочего пространства.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Создать рабочее пространство…</translation>
    </message>
    <message>
        <source>One file for your country: its name, the treaties it is Party to, and the first round of the self-assessment.</source>
        <translation>Один файл для вашей страны: ее название, договоры, Стороной которых она является, и первый раунд самооценки.</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Открыть рабочее пространство…</translation>
    </message>
    <message>
        <source>A workspace file made on this computer or received from a colleague.</source>
        <translation>Файл рабочего пространства, созданный на этом компьютере или полученный от коллеги.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Открыть демонстрационное рабочее пространство</translation>
    </message>
    <message>
        <source>A fictional country with a partly answered round, for training and trying things out</source>
        <translation>Вымышленная страна с частично заполненным раундом — для обучения и знакомства с программой</translation>
    </message>
    <message>
        <source>No workspace has been opened on this computer yet. Start with your own country, or look around the demo first: nothing you do there touches your work.</source>
        <translation>На этом компьютере еще не открывалось ни одного рабочего пространства. Начните со своей страны или сначала ознакомьтесь с демонстрационным примером: ничто из сделанного в нем не затронет вашу работу.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces (press Enter to open):</source>
        <translation>&amp;Недавние рабочие пространства (Enter — открыть):</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Недавние рабочие пространства</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the workspace file is read-only (for example on a write-protected USB stick or a CD).</source>
        <translation>файл рабочего пространства доступен только для чтения (например, на защищенном от записи USB-накопителе или компакт-диске).</translation>
    </message>
    <message>
        <source>your database role may only read this workspace; ask the administrator for write access.</source>
        <translation>ваша роль в базе данных позволяет только читать это рабочее пространство; запросите у администратора права на запись.</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written.</source>
        <translation>диск заполнен или недоступен для записи.</translation>
    </message>
    <message>
        <source>the workspace file is no longer available (moved, deleted or on a drive that was removed).</source>
        <translation>файл рабочего пространства больше недоступен (перемещен, удален или находится на извлеченном диске).</translation>
    </message>
    <message>
        <source>another program is using the workspace file; close it there.</source>
        <translation>файл рабочего пространства используется другой программой; закройте его там.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 holds no assessment yet. Create a round first.</source>
        <translation>%1 еще не содержит оценок. Сначала создайте раунд.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>NBSAP &amp;version:</source>
        <translation>&amp;Версия НСПДСБ:</translation>
    </message>
    <message>
        <source>&amp;Lead institution:</source>
        <translation>Ведущее &amp;учреждение:</translation>
    </message>
</context>
<context>
    <name>TargetImport</name>
    <message>
        <source>the code %1 is already used by a national target in this workspace</source>
        <translation>код %1 уже используется национальной целевой задачей в этом рабочем пространстве</translation>
    </message>
    <message>
        <source>the code %1 appears again (first on row %2)</source>
        <translation>код %1 встречается повторно (впервые в строке %2)</translation>
    </message>
    <message>
        <source>The first sheet of %1 has no header row with “Code” and “Title”. Add one above the targets and try again; nothing was imported.</source>
        <translation>На первом листе файла %1 нет строки заголовков с «Code» и «Title». Добавьте ее над целевыми задачами и повторите попытку; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Национальная целевая задача</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>Версия НСПДСБ</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Ведущее учреждение</translation>
    </message>
    <message>
        <source>Reference targets served</source>
        <translation>Базовые целевые задачи, которым она служит</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 cannot be read: %2 Nothing was imported.</source>
        <translation>Не удается прочитать %1: %2 Ничего не импортировано.</translation>
    </message>
    <message>
        <source>it is not a text (CSV) file.</source>
        <translation>это не текстовый файл (CSV).</translation>
    </message>
    <message>
        <source>its characters are in an encoding the application does not read. Save it as “CSV UTF-8” and try again.</source>
        <translation>символы в файле записаны в кодировке, которую программа не читает. Сохраните его в формате «CSV UTF-8» и повторите попытку.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>файл не существует.</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1).</source>
        <translation>файл не удается открыть (%1).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>файл пуст.</translation>
    </message>
    <message>
        <source>line %1 is not valid CSV.</source>
        <translation>строка %1 не соответствует формату CSV.</translation>
    </message>
    <message>
        <source>it has more than %1 rows. Remove the rows that do not belong to the import.</source>
        <translation>в файле больше %1 строк. Удалите строки, не относящиеся к импорту.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>размер файла превышает %1 МБ.</translation>
    </message>
    <message>
        <source>it is password-protected or in the old .xls format. Remove the password, or save it as an Excel workbook (.xlsx), and try again.</source>
        <translation>файл защищен паролем или сохранен в старом формате .xls. Снимите пароль или сохраните его как книгу Excel (.xlsx) и повторите попытку.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (for example an incomplete download or copy). Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <extracomment>Kinds of cell value an importer may take: number, text, date (openpyxl's data types).</extracomment>
        <translation>файл поврежден или неполон (например, загрузка или копирование не были завершены). Запросите новую копию или откройте файл в Excel, сохраните его заново и повторите попытку.</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx).</source>
        <translation>файл не является книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <source>it holds far more parts than a workbook does.</source>
        <translation>файл содержит гораздо больше частей, чем бывает в книге.</translation>
    </message>
    <message>
        <source>it would unpack to an unreasonable size (a damaged or hostile file).</source>
        <translation>при распаковке файл занял бы неразумно большой объем (поврежденный или вредоносный файл).</translation>
    </message>
    <message>
        <source>it is a zip archive, not an Excel workbook.</source>
        <translation>файл является zip-архивом, а не книгой Excel.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the workbook is damaged (%2). Nothing was imported. Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <translation>Не удается прочитать %1: книга повреждена (%2). Ничего не импортировано. Запросите новую копию или откройте файл в Excel, сохраните его заново и повторите попытку.</translation>
    </message>
    <message>
        <source>a part of it cannot be read</source>
        <translation>часть файла не удается прочитать</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing or listed twice</source>
        <translation>лист «%1» отсутствует или указан дважды</translation>
    </message>
    <message>
        <source>a formula is not read; type the value instead</source>
        <translation>формулы не считываются; введите вместо формулы значение</translation>
    </message>
    <message>
        <source>the cell shows an error (%1); type the value instead</source>
        <translation>в ячейке отображается ошибка (%1); введите вместо нее значение</translation>
    </message>
    <message>
        <source>TRUE or FALSE is not a value this cell takes</source>
        <translation>значения ИСТИНА и ЛОЖЬ (TRUE, FALSE) в этой ячейке недопустимы</translation>
    </message>
    <message>
        <source>the cell has a type this application does not know (“%1”)</source>
        <translation>ячейка имеет тип, неизвестный программе («%1»)</translation>
    </message>
    <message>
        <source>the text holds an invisible control character (%1); remove it</source>
        <translation>текст содержит невидимый управляющий символ (%1); удалите его</translation>
    </message>
    <message>
        <source>%1 cannot be read: the sheet “%2” is damaged near row %3. Ask for a new copy, or open it in Excel, save it again and retry. Nothing was imported.</source>
        <translation>Не удается прочитать %1: лист «%2» поврежден около строки %3. Запросите новую копию или откройте файл в Excel, сохраните его заново и повторите попытку. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated.</source>
        <translation>файл поврежден или не полностью скопирован.</translation>
    </message>
    <message>
        <source>The sheet “%1” has more than %2 rows; nothing was imported. Remove the rows that do not belong to the import.</source>
        <translation>На листе «%1» больше %2 строк; ничего не импортировано. Удалите строки, не относящиеся к импорту.</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Семинар</translation>
    </message>
    <message>
        <source>&amp;Open a fresh copy of the demo for me…</source>
        <translation>&amp;Открыть для меня новую копию демонстрации…</translation>
    </message>
    <message>
        <source>&amp;Reset my demo…</source>
        <translation>&amp;Сбросить мою демонстрацию…</translation>
    </message>
    <message>
        <source>&amp;Facilitator's guide</source>
        <translation>&amp;Руководство ведущего</translation>
    </message>
    <message>
        <source>Your copy of the demo</source>
        <translation>Ваша копия демонстрационного примера</translation>
    </message>
    <message>
        <source>%1 already has a copy of the demo. Start it afresh? Every change made in it is lost. (No opens it as it was left.)</source>
        <translation>У %1 уже есть копия демонстрации. Начать её заново? Все внесённые в неё изменения будут потеряны. («Нет» открывает её в том виде, в каком она была оставлена.)</translation>
    </message>
    <message>
        <source>Reset my demo</source>
        <translation>Сбросить мою демонстрацию</translation>
    </message>
    <message>
        <source>No demo copy is open. Open yours first with Help &gt; Workshop &gt; Open a fresh copy of the demo for me.</source>
        <translation>Копия демонстрации не открыта. Сначала откройте свою: Справка &gt; Семинар &gt; Открыть для меня новую копию демонстрации.</translation>
    </message>
    <message>
        <source>Start %1 afresh? Every change made in it is lost.</source>
        <translation>Начать %1 заново? Все внесённые в неё изменения будут потеряны.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no workspace at %1. Check the path, or create a new workspace.</source>
        <extracomment>The newest schema revision. Kept here so that opening an up-to-date workspace does not load Alembic at all; a test checks that it matches the migration scripts.</extracomment>
        <translation>Рабочее пространство %1 не найдено. Проверьте путь или создайте новое рабочее пространство.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a workspace: %2 The file has not been changed.</source>
        <translation>Не удается открыть %1 как рабочее пространство: %2 Файл не изменен.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>это папка, а не файл.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check that the file is available and that you may read it.</source>
        <translation>Не удается прочитать %1 (%2). Проверьте, что файл доступен и у вас есть права на его чтение.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>файл пуст.</translation>
    </message>
    <message>
        <source>it is not a Synergy Desktop workspace (not an SQLite database).</source>
        <translation>это не рабочее пространство Synergy Desktop (не база данных SQLite).</translation>
    </message>
    <message>
        <source>the database cannot be opened.</source>
        <translation>базу данных не удается открыть.</translation>
    </message>
    <message>
        <source>the database is damaged. Restore it from a backup copy.</source>
        <translation>база данных повреждена. Восстановите ее из резервной копии.</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Synergy Desktop workspace.</source>
        <translation>это база данных SQLite, но не рабочее пространство Synergy Desktop.</translation>
    </message>
    <message>
        <source>%1 cannot be opened because its folder does not allow writing (the workspace keeps a journal next to the file). Copy it to a folder where you may write and open the copy.</source>
        <translation>Не удается открыть %1, так как его папка недоступна для записи (рабочее пространство ведет журнал рядом с файлом). Скопируйте файл в папку, в которую у вас есть права на запись, и откройте копию.</translation>
    </message>
    <message>
        <source>the database is damaged or truncated. Restore it from a backup copy.</source>
        <translation>база данных повреждена или не полностью скопирована. Восстановите ее из резервной копии.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created (%2). Choose another location.</source>
        <translation>Не удается создать папку %1 (%2). Выберите другое место.</translation>
    </message>
    <message>
        <source>A new workspace cannot be created at %1 (%2). Choose another location.</source>
        <translation>Не удается создать новое рабочее пространство в %1 (%2). Выберите другое место.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but no backup copy could be made first (%2). Nothing was changed. Copy the workspace to a folder where you may write, then open it again.</source>
        <translation>Рабочее пространство %1 необходимо обновить, но сначала не удалось создать резервную копию (%2). Ничего не изменено. Скопируйте рабочее пространство в папку, в которую у вас есть права на запись, и откройте его снова.</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was; a backup copy is at %3.</source>
        <translation>Не удалось обновить %1 (%2). Рабочее пространство оставлено без изменений; резервная копия находится в %3.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Synergy Desktop (schema %2). Install the newer version to open it; the file has not been changed.</source>
        <translation>Файл %1 сохранен более новой версией Synergy Desktop (схема %2). Чтобы открыть его, установите более новую версию; файл не изменен.</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was.</source>
        <translation>Не удалось обновить %1 (%2). Рабочее пространство оставлено без изменений.</translation>
    </message>
    <message>
        <source>%1 is not a database address. Write it as postgresql://user@server/database.</source>
        <extracomment>The one driver supported: psycopg 3 (``postgresql://`` is read as ``postgresql+psycopg://``).</extracomment>
        <translation>%1 не является адресом базы данных. Укажите его в виде postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>%1 uses a database driver this application does not support. Write the address as postgresql://user@server/database.</source>
        <translation>В %1 указан драйвер базы данных, который программа не поддерживает. Укажите адрес в виде postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>Opening a PostgreSQL workspace needs the PostgreSQL driver, which is not installed: install it with pip install "synergy-desktop[postgres]".</source>
        <translation>Чтобы открыть рабочее пространство PostgreSQL, нужен драйвер PostgreSQL, который не установлен: установите его командой pip install "synergy-desktop[postgres]".</translation>
    </message>
    <message>
        <source>The database %1 asks for a password and none was given. Put it in your .pgpass file, then open the workspace again.</source>
        <translation>База данных %1 запрашивает пароль, но он не указан. Добавьте пароль в файл .pgpass и снова откройте рабочее пространство.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password for %1. Check them and try again.</source>
        <translation>Сервер не принял имя пользователя или пароль для %1. Проверьте их и повторите попытку.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on its server (%2). Check the name, or ask the administrator to create it.</source>
        <translation>База данных %1 не найдена на сервере (%2). Проверьте имя или попросите администратора создать ее.</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached (%2). Check the address and the network, and that the server is running.</source>
        <translation>Не удается подключиться к серверу %1 (%2). Проверьте адрес и сетевое подключение, а также убедитесь, что сервер работает.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2).</source>
        <translation>Не удается открыть базу данных %1 (%2).</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program; it is not a Synergy Desktop workspace. Nothing was changed. Use an empty database for a new workspace.</source>
        <translation>База данных %1 содержит таблицы другой программы; это не рабочее пространство Synergy Desktop. Ничего не изменено. Для нового рабочего пространства используйте пустую базу данных.</translation>
    </message>
    <message>
        <source>%1 must first be set up or upgraded for this version, and your database role may not do that. Ask the administrator to open it once with the role that owns the workspace. Nothing was changed.</source>
        <translation>Рабочее пространство %1 необходимо сначала настроить или обновить для этой версии, но у вашей роли в базе данных нет на это прав. Попросите администратора один раз открыть его с ролью, которой принадлежит рабочее пространство. Ничего не изменено.</translation>
    </message>
    <message>
        <source>the upgrade would break links between records.</source>
        <translation>обновление нарушило бы связи между записями.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Check the path.</source>
        <translation>Рабочее пространство %1 не найдено. Проверьте путь.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). The file has not been changed.</source>
        <translation>Не удается прочитать %1 (%2). Файл не изменен.</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>Рабочие пространства Synergy (*.synergy);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>%1 уже существует. Выберите другое имя или откройте его командой «Файл &gt; Открыть».</translation>
    </message>
    <message>
        <source>The workspace %1 was created without a country. Fill in the country and the treaties it is Party to with File &gt; Country profile…; each page says what to do next.</source>
        <translation>Рабочее пространство %1 создано без указания страны. Укажите страну и договоры, Стороной которых она является, с помощью команды «Файл &gt; Профиль страны…»; на каждой странице написано, что делать дальше.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Открытие рабочего пространства</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Не удается открыть рабочее пространство</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Пароль для сервера группы</translation>
    </message>
    <message>
        <source>%1

Password:</source>
        <translation>%1

Пароль:</translation>
    </message>
    <message>
        <source>Opening was cancelled; nothing was changed.</source>
        <translation>Открытие отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Open team server workspace</source>
        <translation>Открытие рабочего пространства на сервере группы</translation>
    </message>
    <message>
        <source>Address of the workspace on the team server, for example
postgresql+psycopg://amina@server.ministry.example/biodiversity
(leave the password out: it is asked for, or taken from your .pgpass file)</source>
        <translation>Адрес рабочего пространства на сервере группы, например
postgresql+psycopg://amina@server.ministry.example/biodiversity
(пароль не указывайте: он будет запрошен или взят из вашего файла .pgpass)</translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version; a copy of the old file is at %1</source>
        <translation>Рабочее пространство обновлено до этой версии; копия старого файла находится в %1</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Демонстрационное рабочее пространство</translation>
    </message>
    <message>
        <source>The demo workspace already exists. Open it as it was left, or start it afresh (every change made to the demo is lost)?</source>
        <translation>Демонстрационное рабочее пространство уже существует. Открыть его в том виде, в каком оно было оставлено, или начать заново (все изменения, внесенные в демонстрационный пример, будут потеряны)?</translation>
    </message>
    <message>
        <source>Open as it was</source>
        <translation>Открыть как есть</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>(no recent workspaces)</source>
        <translation>(нет недавних рабочих пространств)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>Some changes could not be saved. If you close the workspace now, they are lost. Save the workspace under another name first?</source>
        <translation>Некоторые изменения не удалось сохранить. Если закрыть рабочее пространство сейчас, они будут потеряны. Сначала сохранить рабочее пространство под другим именем?</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Сохранение рабочего пространства</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Профиль страны</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>Your last changes could not be written to the workspace: %1

They are still on screen. Synergy Desktop tries again every few seconds; you can also save the workspace under another name, for example on another drive.</source>
        <translation>Последние изменения не удалось записать в рабочее пространство: %1

Они по-прежнему на экране. Synergy Desktop повторяет попытку каждые несколько секунд; можно также сохранить рабочее пространство под другим именем, например на другом диске.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation>Сохранить рабочее пространство как…</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Экспорт сводки</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the summary</source>
        <translation>Экспорт сводки</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>Не удается записать книгу в %1 (%2). Закройте ее, если она открыта в другой программе, или выберите другое место.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменен; ничего не записано.</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>Сводка записана в %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <source>Overview</source>
        <extracomment>What each page shows besides its own edits, and how it catches up.</extracomment>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Национальные координационные центры</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Координация</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>Увязка НСПДСБ</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Календарь отчетности</translation>
    </message>
</context>
</TS>