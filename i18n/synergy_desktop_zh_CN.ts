<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Synergy Desktop</source>
        <translation>关于 Synergy Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;An offline tool for national teams working through the options for synergies among the biodiversity-related conventions (CBD decision XIII/24, Annex I).&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;一款离线工具，供各国工作组逐项研究生物多样性相关公约之间协同作用的备选办法（《生物多样性公约》第XIII/24号决定附件一）。&lt;/p&gt;&lt;p&gt;工作区：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>（未打开）</translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <source>Option description</source>
        <translation>备选办法说明</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>设定目标日期</translation>
    </message>
    <message>
        <source>Ministry, agency or unit that leads</source>
        <translation>牵头的部委、机构或单位</translation>
    </message>
    <message>
        <source>Show or hide the option's text and guidance</source>
        <translation>显示或隐藏备选办法的正文和指导说明</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指导说明</translation>
    </message>
    <message>
        <source>What this workspace shows</source>
        <translation>本工作区显示的情况</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>The rating must be 0 to 4, "na" (not applicable) or "nyd" (not yet discussed), not "%1".</source>
        <translation>评分必须为 0 至 4、“na”（不适用）或“nyd”（尚未讨论），而不是“%1”。</translation>
    </message>
    <message>
        <source>The priority must be high, medium or low, not "%1".</source>
        <translation>优先级必须为 high（高）、medium（中）或 low（低），而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 必须为文本。</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>文本过长（%1 个字符；最多 %2 个）。</translation>
    </message>
    <message>
        <source>There is no answer field "%1".</source>
        <translation>没有名为“%1”的回答字段。</translation>
    </message>
    <message>
        <source>Conventions must be a list of codes.</source>
        <translation>公约必须是代码列表。</translation>
    </message>
    <message>
        <source>"%1" is not a known convention code. Known codes: %2.</source>
        <translation>“%1”不是已知的公约代码。已知代码：%2。</translation>
    </message>
    <message>
        <source>The target date must be a date written as YYYY-MM-DD, not "%1".</source>
        <translation>目标日期必须按 YYYY-MM-DD 格式填写，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>AreaScoresModel</name>
    <message numerus="yes">
        <source>+%n point(s)</source>
        <translation>
            <numerusform>+%n 个百分点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n point(s)</source>
        <translation>
            <numerusform>−%n 个百分点</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>所有领域</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>较早轮次</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>较晚轮次</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>← &amp;Previous option</source>
        <translation>← 上一项(&amp;P)</translation>
    </message>
    <message>
        <source>Previous option (Alt+Up)</source>
        <translation>上一项备选办法（Alt+Up）</translation>
    </message>
    <message>
        <source>&amp;Next option →</source>
        <translation>下一项(&amp;N) →</translation>
    </message>
    <message>
        <source>Next option (Alt+Down)</source>
        <translation>下一项备选办法（Alt+Down）</translation>
    </message>
    <message>
        <source>History of this option</source>
        <translation>此备选办法的历史记录</translation>
    </message>
    <message>
        <source>Areas and options</source>
        <translation>领域和备选办法</translation>
    </message>
    <message>
        <source>No assessment round yet</source>
        <translation>尚无评估轮次</translation>
    </message>
    <message>
        <source>A round is one pass of the team through all options of the framework, for example the self-assessment of this year. Start the first round, then answer option by option; everything is saved as you type.</source>
        <translation>一个轮次是工作组对框架中全部备选办法的一次完整评估，例如今年的自我评估。请开始第一轮，然后逐项回答备选办法；所有内容都会在输入时自动保存。</translation>
    </message>
    <message>
        <source>Start the first round…</source>
        <translation>开始第一轮评估…</translation>
    </message>
    <message>
        <source>You may only read this workspace: your account on the team server has no right to change it. You can look at everything and export it; ask the workspace's administrator for editing rights.</source>
        <translation>您只能查看本工作区：您在工作组服务器上的账户无权更改它。您可以查看并导出所有内容；如需编辑权限，请联系本工作区的管理员。</translation>
    </message>
    <message>
        <source>This round was finalised on %1 and is read-only. To continue the work, use Assessment &gt; New round from this one.</source>
        <translation>本轮评估已于 %1 定稿，为只读状态。如需继续工作，请使用“评估 &gt; 基于本轮新建轮次”。</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已回答 %1/%2</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>pre-filled from round %1</source>
        <translation>预填自轮次 %1</translation>
    </message>
    <message>
        <source>There is no assessment with id %1 in this workspace.</source>
        <translation>本工作区中没有 ID 为 %1 的评估。</translation>
    </message>
    <message>
        <source>There is no option "%1" in the framework %2 (version %3).</source>
        <translation>框架 %2（版本 %3）中没有备选办法“%1”。</translation>
    </message>
    <message>
        <source>The round "%1" is finalised and cannot be changed. Start a new round from it to continue the work.</source>
        <translation>轮次“%1”已定稿，不能更改。请基于该轮次新建轮次以继续工作。</translation>
    </message>
    <message>
        <source>A round needs a title.</source>
        <translation>轮次需要标题。</translation>
    </message>
    <message>
        <source>The title is too long (at most 300 characters).</source>
        <translation>标题过长（最多 300 个字符）。</translation>
    </message>
    <message>
        <source>Someone else changed %1 of option %2 since you opened it. Your text is kept on screen; choose whose version to keep.</source>
        <translation>自您打开以来，其他人已更改备选办法 %2 的“%1”。您的文本仍保留在屏幕上；请选择保留哪一方的版本。</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Every change is recorded in the history with the name of the person who made it. Type the name to show, for example “Amina Diallo, Ministry of Environment”. You can change it later in Edit &gt; Your name.</source>
        <translation>每项更改都会连同更改人的姓名记录在历史记录中。请输入要显示的姓名，例如“Amina Diallo，环境部”。以后可在“编辑 &gt; 您的姓名”中更改。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Demo workspace written to %1 (round %2, %3 of %4 options answered).</source>
        <translation>演示工作区已写入 %1（轮次 %2，已回答 %3/%4 项备选办法）。</translation>
    </message>
    <message>
        <source>This workspace holds no assessment yet.</source>
        <translation>本工作区尚无评估。</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4/%5 answered (%6%)</source>
        <translation>%1	%2	%3	已回答 %4/%5（%6%）</translation>
    </message>
    <message>
        <source>The file cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>无法写入文件 %1（%2）。如果它已在其他程序中打开，请将其关闭，或选择其他位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the workbook.</source>
        <translation>文件夹 %1 不存在。请创建该文件夹，或为工作簿另选位置。</translation>
    </message>
    <message>
        <source>Summary of round %1 (%2) written to %3.</source>
        <translation>轮次 %1（%2）的摘要已写入 %3。</translation>
    </message>
    <message>
        <source>Give a file name ending in .xlsx (not %1).</source>
        <translation>请提供以 .xlsx 结尾的文件名（而不是 %1）。</translation>
    </message>
    <message>
        <source>Questionnaire for round %1 (%2) written to %3.</source>
        <translation>轮次 %1（%2）的问卷已写入 %3。</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>无法将报告写入 %1（%2）。如果它已在其他程序中打开，请将其关闭，或另选位置。</translation>
    </message>
    <message>
        <source>Report of round %1 (%2) written to %3.</source>
        <translation>轮次 %1（%2）的报告已写入 %3。</translation>
    </message>
    <message>
        <source>%1 change(s), %2 rejected cell(s).</source>
        <translation>%1 处更改，%2 个单元格被拒绝。</translation>
    </message>
    <message>
        <source>  rejected %1!%2: %3</source>
        <translation>  已拒绝 %1!%2：%3</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to apply the accepted changes.</source>
        <translation>未作任何更改。请加上 --yes 重新运行，以应用已接受的更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated.</source>
        <translation><numerusform>已更新 %n 个回答字段。</numerusform></translation></message>
    <message>
        <source>%1: %2 texts missing (shown in English):</source>
        <translation>%1：缺少 %2 条文本（以英文显示）：</translation>
    </message>
    <message>
        <source>%1 version %2: %3 areas, %4 options, content %5.</source>
        <translation>%1 版本 %2：%3 个领域，%4 项备选办法，内容 %5。</translation>
    </message>
    <message>
        <source>%1: %2 texts missing (shown in English): %3</source>
        <translation>%1：缺少 %2 条文本（以英文显示）：%3</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1：完整</translation>
    </message>
    <message>
        <source>change	%1	%2	%3	%4 -&gt; %5%6</source>
        <translation>更改	%1	%2	%3	%4 -&gt; %5%6</translation>
    </message>
    <message>
        <source>conflict	%1	%2	%3	mine %4%5	theirs %6%7</source>
        <translation>冲突	%1	%2	%3	我方 %4%5	对方 %6%7</translation>
    </message>
    <message>
        <source>held	%1	%2	%3	%4</source>
        <translation>已搁置	%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records were matched by their stable ids only, and every difference is a conflict.</source>
        <translation>这两个工作区没有共同的历史记录：仅按记录的固定 ID 进行了匹配，所有差异均视为冲突。</translation>
    </message>
    <message>
        <source>0 change(s) applied, %1 conflict(s) unresolved; %2 change(s) ready. Run again with --yes to apply them, and --prefer mine|theirs to settle the conflicts.</source>
        <translation>已应用 0 处更改，%1 处冲突未解决；%2 处更改已就绪。请加上 --yes 重新运行以应用这些更改，并使用 --prefer mine|theirs 解决冲突。</translation>
    </message>
    <message>
        <source>%1 change(s) applied, %2 conflict(s): %3 settled with theirs, %4 kept as here, %5 unresolved; %6 held.</source>
        <translation>已应用 %1 处更改，%2 处冲突：%3 处采用对方版本，%4 处保留本工作区的值，%5 处未解决；%6 处已搁置。</translation>
    </message>
    <message>
        <source>The copy is always a workspace file; give a file name as TARGET.</source>
        <translation>副本始终是工作区文件；请提供一个文件名作为 TARGET。</translation>
    </message>
    <message>
        <source>%1 already exists. Give a new file name; nothing was overwritten.</source>
        <translation>%1 已存在。请提供新的文件名；未覆盖任何文件。</translation>
    </message>
    <message>
        <source>Give a file name ending in .synergy (not %1).</source>
        <translation>请提供以 .synergy 结尾的文件名（而不是 %1）。</translation>
    </message>
    <message>
        <source>Copy of %1 written to %2.</source>
        <translation>%1 的副本已写入 %2。</translation>
    </message>
    <message>
        <source>%1 workspaces compared over %2 options; written to %3.</source>
        <translation>已就 %2 项备选办法比较了 %1 个工作区；结果已写入 %3。</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>no round</source>
        <translation>无轮次</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>未讨论</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Comparison of teams</source>
        <translation>各工作组比较</translation>
    </message>
    <message>
        <source>Ratings of each team, option by option</source>
        <translation>各工作组对每项备选办法的评分</translation>
    </message>
    <message>
        <source>0 not started … 4 fully in place. Spread: the highest rating minus the lowest.</source>
        <translation>0 尚未开始 … 4 完全到位。极差：最高评分减去最低评分。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>备选办法</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>极差</translation>
    </message>
    <message>
        <source>Round compared</source>
        <translation>所比较的轮次</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>图表数据</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Give at least two workspaces to compare.</source>
        <translation>请至少提供两个要比较的工作区。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>The sign and the colour of each direction (the words carry the meaning too).</extracomment>
        <translation>无变化</translation>
    </message>
    <message>
        <source>answered for the first time</source>
        <translation>首次回答</translation>
    </message>
    <message>
        <source>no longer answered</source>
        <translation>不再有回答</translation>
    </message>
    <message>
        <source>applicability changed</source>
        <translation>适用性已更改</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>已删除：%1</translation>
    </message>
<message numerus="yes"><source>down %n step(s)</source><translation><numerusform>下降 %n 级</numerusform></translation></message><message numerus="yes"><source>up %n step(s)</source><translation><numerusform>上升 %n 级</numerusform></translation></message></context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Compare rounds</source>
        <translation>比较轮次</translation>
    </message>
    <message>
        <source>This workspace has one round only. Start the next one with Assessment &gt; New round from this one, then compare them here.</source>
        <translation>本工作区只有一个轮次。请通过“评估 &gt; 基于本轮新建轮次”开始下一轮，然后在此处比较两个轮次。</translation>
    </message>
    <message>
        <source>&amp;Compare rounds…</source>
        <translation>比较轮次(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>请选择两个不同的轮次进行比较。</translation>
    </message>
    <message>
        <source>Nothing changed between these rounds.</source>
        <translation>这两个轮次之间没有任何变化。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>比较轮次</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>比较(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>与(&amp;W)：</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>较早轮次</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>较晚轮次</translation>
    </message>
    <message>
        <source>&amp;Only changes</source>
        <translation>仅显示更改(&amp;O)</translation>
    </message>
    <message>
        <source>Options of both rounds</source>
        <translation>两个轮次的备选办法</translation>
    </message>
    <message>
        <source>The selected option in both rounds</source>
        <translation>所选备选办法在两个轮次中的情况</translation>
    </message>
    <message>
        <source>Score per area in both rounds</source>
        <translation>两个轮次中各领域的得分</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>比较工作区</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>备选办法</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>极差</translation>
    </message>
    <message>
        <source>Ratings of each team</source>
        <translation>各工作组的评分</translation>
    </message>
    <message>
        <source>Rounds compared: %1</source>
        <translation>所比较的轮次：%1</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Option</source>
        <translation>备选办法</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>较早轮次</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>较晚轮次</translation>
    </message>
    <message>
        <source>Rating change</source>
        <translation>评分变化</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>其他更改</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Someone else changed this answer</source>
        <translation>其他人更改了此回答</translation>
    </message>
    <message>
        <source>%1 of option %2 was changed by %3 (%4) while you were editing it.

Theirs: %5

Yours: %6

Which version should be kept?</source>
        <translation>您编辑期间，%3（%4）更改了备选办法 %2 的“%1”。

对方版本：%5

我方版本：%6

应保留哪个版本？</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我方版本</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方版本</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>本工作区（我方）</translation>
    </message>
    <message>
        <source>In the other file (theirs)</source>
        <translation>另一文件中（对方）</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>本工作区中的修改人</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方版本</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>采用对方版本</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>保留我方版本</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>The workspace cannot be written to %1 (%2). Choose another place.</source>
        <translation>无法将工作区写入 %1（%2）。请另选位置。</translation>
    </message>
</context>
<context>
    <name>Coordination</name>
    <message>
        <source>The mechanism needs a name.</source>
        <translation>协调机制需要名称。</translation>
    </message>
    <message>
        <source>Planned meetings per year must be between 0 and 52.</source>
        <translation>每年计划会议次数必须介于 0 到 52 之间。</translation>
    </message>
    <message>
        <source>Choose a person from the register or type the name of an institution.</source>
        <translation>请从名册中选择一名人员，或输入机构名称。</translation>
    </message>
    <message>
        <source>There is no person with id %1 in the register.</source>
        <translation>名册中没有 ID 为 %1 的人员。</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>此人已是成员。</translation>
    </message>
    <message>
        <source>Record meetings once they have taken place; the date is in the future.</source>
        <translation>请在会议举行后再作记录；该日期尚未到来。</translation>
    </message>
    <message>
        <source>There is no coordination mechanism with id %1.</source>
        <translation>没有 ID 为 %1 的协调机制。</translation>
    </message>
</context>
<context>
    <name>CoordinationView</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Legal basis or act:</source>
        <translation>法律依据或文件(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>任务授权(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>主席(&amp;C)：</translation>
    </message>
    <message>
        <source>Secre&amp;tariat:</source>
        <translation>秘书处(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Planned meetings per year:</source>
        <translation>每年计划会议次数(&amp;P)：</translation>
    </message>
    <message>
        <source>Coor&amp;dination mechanism:</source>
        <translation>协调机制(&amp;D)：</translation>
    </message>
    <message>
        <source>New mechanism…</source>
        <translation>新建机制…</translation>
    </message>
    <message>
        <source>Delete mechanism…</source>
        <translation>删除机制…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;成员&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meetings held&lt;/b&gt;</source>
        <translation>&lt;b&gt;已举行的会议&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation>记录会议…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>编辑会议…</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>删除会议…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>已举行的会议</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet</source>
        <translation>尚未记录任何协调机制</translation>
    </message>
    <message>
        <source>A national biodiversity committee or working group that brings the focal points of the different treaties together is option A2 of the framework. Record its legal basis, mandate and chair, its members from the register and the meetings it holds.</source>
        <translation>将各条约联络点召集在一起的国家生物多样性委员会或工作组，即框架中的备选办法 A2。请记录其法律依据、任务授权和主席、来自名册的成员以及所举行的会议。</translation>
    </message>
    <message>
        <source>Add a mechanism…</source>
        <translation>添加机制…</translation>
    </message>
    <message>
        <source>It meets less often than planned.</source>
        <translation>开会次数少于计划。</translation>
    </message>
    <message>
        <source>No focal point of these instruments is a member: %1.</source>
        <translation>以下文书的联络点均不是成员：%1。</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>协调机制</translation>
    </message>
    <message>
        <source>New mechanism</source>
        <translation>新建机制</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>National biodiversity committee</source>
        <translation>国家生物多样性委员会</translation>
    </message>
    <message>
        <source>Delete “%1” with its members and %2 recorded meetings? This cannot be undone.</source>
        <translation>删除“%1”及其成员和 %2 次会议记录？此操作无法撤消。</translation>
    </message>
    <message>
        <source>Delete mechanism</source>
        <translation>删除机制</translation>
    </message>
    <message>
        <source>Delete the meeting of %1?</source>
        <translation>删除 %1 的会议？</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
<message numerus="yes"><source>Met %n time(s) in the last 12 months (planned: %1 a year).</source><translation><numerusform>过去 12 个月内开会 %n 次（计划：每年 %1 次）。</numerusform></translation></message></context>
<context>
    <name>Country</name>
    <message>
        <source>Unknown instrument code: %1.</source>
        <translation>未知的文书代码：%1。</translation>
    </message>
    <message>
        <source>An entry counts as out of date after 1 to 120 months without a check.</source>
        <translation>条目在 1 至 120 个月未核实后视为过时。</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Country profile</source>
        <translation>国家概况</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>国家名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO 代码</translation>
    </message>
    <message>
        <source>Months before an entry counts as out of date</source>
        <translation>条目视为过时前的月数</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>ISO 代码(&amp;I)：</translation>
    </message>
    <message>
        <source>Entries are out of date after:</source>
        <translation>条目过时期限：</translation>
    </message>
    <message>
        <source>Instruments the country is Party to</source>
        <translation>本国作为缔约方的文书</translation>
    </message>
    <message>
        <source>Instruments left unticked disappear from the coverage matrix, the reporting calendar, the alignment and the evidence on option pages; nothing is deleted, and they come back when ticked again.</source>
        <translation>未勾选的文书将不再出现在覆盖矩阵、报告日历、对应关系以及备选办法页面的证据中；不会删除任何内容，重新勾选后它们会再次出现。</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>missing: nobody is designated</source>
        <translation>缺失：无人指定</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 (last verified: %2)</source>
        <translation>%1（最近核实：%2）</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>职位 %1</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>保管机构(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Updated:</source>
        <translation>更新频率(&amp;U)：</translation>
    </message>
    <message>
        <source>for example every year</source>
        <translation>例如每年</translation>
    </message>
    <message>
        <source>&amp;Last update:</source>
        <translation>最近更新(&amp;L)：</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reports it feeds:</source>
        <translation>所服务的报告(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管机构</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新频率</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>所服务的报告</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>%1 already holds assessments. The demo is only written into a new, empty workspace.</source>
        <translation>%1 中已有评估。演示数据只会写入新的空工作区。</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Round details</source>
        <translation>轮次详情</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;articipants (one per line):</source>
        <translation>参与者（每行一位）(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong that Synergy Desktop did not expect. Your saved answers are safe. If it happens again, send the details below to your support contact.</source>
        <translation>Synergy Desktop 遇到了意外问题。您已保存的回答不受影响。如果再次发生，请将以下详细信息发送给您的技术支持联系人。</translation>
    </message>
    <message>
        <source>%1

The details are also in the log file %2.</source>
        <translation>%1

详细信息也记录在日志文件 %2 中。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source> and %1 more</source>
        <translation>，另有 %1 项</translation>
    </message>
    <message>
        <source>The country profile excludes every instrument.</source>
        <translation>国家概况排除了所有文书。</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled.</source>
        <translation>已有人担任的职位：%1/%2。</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; missing: %3.</source>
        <translation>已有人担任的职位：%1/%2；缺失：%3。</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>尚未记录任何协调机制。</translation>
    </message>
    <message>
        <source>Focal points of %1 are not members of %2.</source>
        <translation>%1 的联络点不是 %2 的成员。</translation>
    </message>
    <message>
        <source>No national target is recorded yet (NBSAP alignment).</source>
        <translation>尚未记录任何国家目标（NBSAP 对应）。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1：已覆盖 %2/%3</translation>
    </message>
    <message>
        <source>No dataset is recorded yet (reporting calendar).</source>
        <translation>尚未记录任何数据集（报告日历）。</translation>
    </message>
<message numerus="yes"><source>%1 met %n time(s) in the last 12 months (planned: %2 a year).</source><translation><numerusform>%1 在过去 12 个月内开会 %n 次（计划：每年 %2 次）。</numerusform></translation></message><message numerus="yes"><source>%n dataset(s) recorded; %1 feed two or more reports.</source><translation><numerusform>已记录 %n 个数据集；其中 %1 个服务于两份或以上报告。</numerusform></translation></message><message numerus="yes"><source>%n national target(s) recorded.</source><translation><numerusform>已记录 %n 项国家目标。</numerusform></translation></message><message numerus="yes"><source>%n national target(s) serve no reference target: %1.</source><translation><numerusform>%n 项国家目标未服务于任何参照目标：%1。</numerusform></translation></message><message numerus="yes"><source>%n reporting obligation(s) in the calendar; %1 overdue.</source><translation><numerusform>日历中有 %n 项报告义务；%1 项逾期。</numerusform></translation></message><message numerus="yes"><source>%n role(s) not verified in the last %1 months.</source><translation><numerusform>%n 个职位在过去 %1 个月内未经核实。</numerusform></translation></message><message numerus="yes"><source>Next deadline: %1 %2 in %n day(s).</source><translation><numerusform>下一个截止日期：%1 %2，还有 %n 天。</numerusform></translation></message></context>
<context>
    <name>Excel</name>
    <message>
        <source>Action items</source>
        <translation>行动事项</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>备选办法</translation>
    </message>
    <message>
        <source>Option title</source>
        <translation>备选办法标题</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>本轮尚未记录任何后续步骤。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>最后修改人</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>Coverage of focal-point roles</source>
        <translation>联络点职位覆盖情况</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 missing; %4 not verified in the last %5 months.</source>
        <translation>已有人担任 %1/%2 个职位；%3 个缺失；%4 个在过去 %5 个月内未经核实。</translation>
    </message>
    <message>
        <source>✓ filled   ! not verified recently   ✗ missing</source>
        <translation>✓ 已担任   ! 近期未核实   ✗ 缺失</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>职位 %1</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>协调</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>尚未记录任何协调机制。</translation>
    </message>
    <message>
        <source>Legal basis or act</source>
        <translation>法律依据或文件</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>任务授权</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Planned meetings per year</source>
        <translation>每年计划会议次数</translation>
    </message>
    <message>
        <source>Meetings in the last 12 months</source>
        <translation>过去 12 个月的会议次数</translation>
    </message>
    <message>
        <source>Instruments without a focal point among the members</source>
        <translation>成员中没有联络点的文书</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No focal point is recorded in this workspace yet.</source>
        <translation>本工作区尚未记录任何联络点。</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>NBSAP 对应</translation>
    </message>
    <message>
        <source>2 = direct contribution, 1 = partial contribution, empty = none.</source>
        <translation>2 = 直接贡献，1 = 部分贡献，空白 = 无。</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>本工作区尚未记录任何国家目标。</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>国家目标</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>覆盖情况和差距</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1：已覆盖 %2/%3</translation>
    </message>
    <message>
        <source>   not covered: %1 %2</source>
        <translation>   未覆盖：%1 %2</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>未服务于任何参照目标的国家目标</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Synergies self-assessment – summary</source>
        <translation>协同作用自我评估 – 摘要</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>Framework id and version</source>
        <translation>框架 ID 和版本</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1，版本 %2（内容 %3）</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>No option has been answered in this round yet: every area below shows 0 of its options answered.</source>
        <translation>本轮尚未回答任何备选办法：以下每个领域均显示已回答 0 项。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>备选办法</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>所有领域</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of rated, applicable options ÷ 4; an empty score means no option of the area is rated yet.</source>
        <translation>完成度 = 已回答的备选办法 ÷ 全部备选办法。得分 = 已评分且适用的备选办法的平均评分（0-4）÷ 4；得分为空表示该领域尚无备选办法评分。</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>各领域的完成度和得分</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>各领域得分</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Writing the instructions…</source>
        <translation>正在写入填写说明…</translation>
    </message>
    <message>
        <source>Writing area %1…</source>
        <translation>正在写入领域 %1…</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>正在保存工作簿…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source>Synergies self-assessment – questionnaire</source>
        <translation>协同作用自我评估 – 问卷</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>国家：%1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>轮次：%1</translation>
    </message>
    <message>
        <source>Framework: %1, version %2</source>
        <translation>框架：%1，版本 %2</translation>
    </message>
    <message>
        <source>How to fill in this questionnaire</source>
        <translation>如何填写本问卷</translation>
    </message>
    <message>
        <source>1. Each sheet is one area of the framework; each row is one option. Read the option and its questions in the grey columns.</source>
        <translation>1. 每个工作表对应框架的一个领域，每一行对应一项备选办法。请阅读灰色列中的备选办法及其问题。</translation>
    </message>
    <message>
        <source>2. Fill in the yellow cells only. Choose the rating and the priority from the drop-down lists; the other cells take free text.</source>
        <translation>2. 只填写黄色单元格。从下拉列表中选择评分和优先级；其他单元格可自由填写文本。</translation>
    </message>
    <message>
        <source>3. Ratings: 0 not started, 1 planned or initial steps, 2 partly in place, 3 largely in place, 4 fully in place, NA not applicable, ND not yet discussed.</source>
        <translation>3. 评分：0 尚未开始，1 已规划或已采取初步步骤，2 部分到位，3 基本到位，4 完全到位，NA 不适用，ND 尚未讨论。</translation>
    </message>
    <message>
        <source>4. Conventions concerned: codes separated by commas, from this list: %1.</source>
        <translation>4. 涉及的公约：填写代码，以英文逗号分隔，代码取自以下列表：%1。</translation>
    </message>
    <message>
        <source>5. Target dates as dates (for example 2027-06-30).</source>
        <translation>5. 目标日期按日期格式填写（例如 2027-06-30）。</translation>
    </message>
    <message>
        <source>6. Do not add, move or delete rows or sheets, and do not change the grey cells: the file is read back automatically.</source>
        <translation>6. 请勿添加、移动或删除行或工作表，也不要更改灰色单元格：本文件将被自动读回。</translation>
    </message>
    <message>
        <source>7. Save the file as an Excel workbook (.xlsx) and send it back. The answers already given are filled in; change what is no longer true.</source>
        <translation>7. 将文件保存为 Excel 工作簿（.xlsx）后发回。已给出的回答已预先填入；请修改不再符合实际的内容。</translation>
    </message>
    <message>
        <source>What the option asks</source>
        <translation>备选办法内容</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Choose a rating from the list.</source>
        <translation>请从列表中选择评分。</translation>
    </message>
    <message>
        <source>Type a date, for example 2027-06-30.</source>
        <translation>请输入日期，例如 2027-06-30。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>报告日历</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue on %3.</source>
        <translation>共 %1 项义务，截至 %3 有 %2 项逾期。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>无固定日期</translation>
    </message>
    <message>
        <source>The calendar is empty.</source>
        <translation>日历为空。</translation>
    </message>
    <message>
        <source>Datasets and the reports they feed</source>
        <translation>数据集及其服务的报告</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管机构</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新频率</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>所服务的报告</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Writing sheets…</source>
        <translation>正在写入工作表…</translation>
    </message>
    <message>
        <source>Long texts</source>
        <translation>长文本</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names left out of this export</source><translation><numerusform>%n 名参与者；本导出文件未列出姓名</numerusform></translation></message></context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Leave out personal data (names, e-mails, phones and addresses)</source>
        <translation>不包含个人数据（姓名、电子邮件、电话和地址）</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Option text</source>
        <translation>备选办法正文</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2——%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FindActions</name>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find in this round</source>
        <translation>在本轮中查找</translation>
    </message>
    <message>
        <source>&amp;Find in options, evidence, gaps and next steps:</source>
        <translation>在备选办法、证据、差距和后续步骤中查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>要查找的词语</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>找到的位置</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>找到 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found in this round.</source>
        <translation>本轮中未找到任何内容。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <extracomment>Instrument families ticked at first: every convention and protocol, and the GEF, which nearly every country takes part in. The team unticks what the country has not joined.</extracomment>
        <translation>自我评估 %1</translation>
    </message>
    <message>
        <source>Set up the new workspace</source>
        <translation>设置新工作区</translation>
    </message>
    <message>
        <source>Set up the workspace for your country</source>
        <translation>为本国设置工作区</translation>
    </message>
    <message>
        <source>A few answers and the workspace is ready: the pages then show only the treaties the country is Party to, the reporting calendar starts from today, and the team can start answering. Everything can be changed later (File &gt; Country profile).</source>
        <translation>只需回答几个问题，工作区即可就绪：之后各页面只显示本国作为缔约方的条约，报告日历从今天开始，工作组即可开始回答。所有内容以后均可更改（“文件 &gt; 国家概况”）。</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>简称(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>ISO 代码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>for example Republic of Verdania</source>
        <translation>例如维尔达尼亚共和国</translation>
    </message>
    <message>
        <source>for example Verdania (optional)</source>
        <translation>例如维尔达尼亚（可选）</translation>
    </message>
    <message>
        <source>three letters, for example VRD (optional)</source>
        <translation>三个字母，例如 VRD（可选）</translation>
    </message>
    <message>
        <source>shown in the history of every change you make</source>
        <translation>将显示在您所作每项更改的历史记录中</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>国家名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO 代码</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Treaties the country is &amp;Party to</source>
        <translation>本国作为缔约方的条约(&amp;P)</translation>
    </message>
    <message>
        <source>Untick those the country has not joined: their roles, reports and goals are then left out of the register, the calendar and the alignment.</source>
        <translation>请取消勾选本国尚未加入的条约：这样它们的职位、报告和目标就不会出现在名册、日历和对应关系中。</translation>
    </message>
    <message>
        <source>Start the first &amp;round of the self-assessment now</source>
        <translation>现在开始第一轮自我评估(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>轮次标题</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace</source>
        <translation>设置工作区(&amp;S)</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>A new person</source>
        <translation>新人员</translation>
    </message>
    <message>
        <source>Prefi&amp;x:</source>
        <translation>称谓(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L)：</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Ins&amp;trument:</source>
        <translation>文书(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Primary contact for this instrument</source>
        <translation>该文书的主要联系人</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Designation date</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Desi&amp;gnated on:</source>
        <translation>指定日期(&amp;G)：</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Date last verified</source>
        <translation>最近核实日期</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>最近核实(&amp;V)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>更换日期</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>交接说明</translation>
    </message>
    <message>
        <source>What the new holder needs to know: open files, deadlines, contacts…</source>
        <translation>新担任者需要了解的情况：未结文件、截止日期、联系人…</translation>
    </message>
    <message>
        <source>Date of the &amp;change (YYYY-MM-DD):</source>
        <translation>更换日期（YYYY-MM-DD）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Hand-over note:</source>
        <translation>交接说明(&amp;H)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;%1 的交接说明（任职至 %2）：&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The date of the change must be written as YYYY-MM-DD, not “%1”.</source>
        <translation>更换日期必须按 YYYY-MM-DD 格式填写，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>FocalPointModel</name>
    <message>
        <source>former holder until %1</source>
        <translation>原担任者，任职至 %1</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>近期未核实</translation>
    </message>
    <message>
        <source>current</source>
        <translation>现任</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>FocalPoints</name>
    <message>
        <source>This entry already belongs to a former holder.</source>
        <translation>此条目已属于原担任者。</translation>
    </message>
    <message>
        <source>The change cannot be dated before the previous holder was designated.</source>
        <translation>更换日期不能早于前任担任者的指定日期。</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>未知文书“%1”。</translation>
    </message>
    <message>
        <source>%1 has no role “%2”.</source>
        <translation>%1 没有职位“%2”。</translation>
    </message>
    <message>
        <source>Give the institution of the focal point; it stays in exports even without personal data.</source>
        <translation>请填写联络点所在机构；即使不含个人数据，该信息也会保留在导出文件中。</translation>
    </message>
    <message>
        <source>Give a name, or at least the position, of the person who holds the role.</source>
        <translation>请填写担任该职位人员的姓名，或至少填写其职务。</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (expected something like name@ministry.gov).</source>
        <translation>“%1”不是有效的电子邮件地址（应类似 name@ministry.gov）。</translation>
    </message>
    <message>
        <source>The date last verified cannot be in the future.</source>
        <translation>最近核实日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The entry cannot have been verified before the designation.</source>
        <translation>核实日期不能早于指定日期。</translation>
    </message>
    <message>
        <source>%1 can have only one holder, and %2 holds it. Use “Change holder” to record a new holder.</source>
        <translation>%1 只能有一名担任者，目前由 %2 担任。请使用“更换担任者”记录新担任者。</translation>
    </message>
    <message>
        <source>There is no focal-point entry with id %1.</source>
        <translation>没有 ID 为 %1 的联络点条目。</translation>
    </message>
</context>
<context>
    <name>FocalPointsView</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>文书(&amp;I)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>职位(&amp;O)：</translation>
    </message>
    <message>
        <source>Instit&amp;ution:</source>
        <translation>机构(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Change holder…</source>
        <translation>更换担任者(&amp;C)…</translation>
    </message>
    <message>
        <source>Show for&amp;mer holders</source>
        <translation>显示前任担任者(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>导入(&amp;P)…</translation>
    </message>
    <message>
        <source>Import focal points from a spreadsheet (Excel workbook or CSV file)</source>
        <translation>从电子表格（Excel 工作簿或 CSV 文件）导入联络点</translation>
    </message>
    <message>
        <source>Add a focal point…</source>
        <translation>添加联络点…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>从电子表格导入…</translation>
    </message>
    <message>
        <source>name, e-mail, position…</source>
        <translation>姓名、电子邮件、职务…</translation>
    </message>
    <message>
        <source>Focal points and authorities</source>
        <translation>联络点和主管部门</translation>
    </message>
    <message>
        <source>Coverage of roles</source>
        <translation>职位覆盖情况</translation>
    </message>
    <message>
        <source>Details of the chosen entry</source>
        <translation>所选条目的详细信息</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage: every role of every instrument the country is Party to&lt;/b&gt;</source>
        <translation>&lt;b&gt;覆盖情况：本国作为缔约方的每项文书的每个职位&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>显示 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>No focal point is recorded yet</source>
        <translation>尚未记录任何联络点</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>✓ filled (green)   ! not verified in the last %1 months (amber)   ✗ missing (red) — %2 of %3 roles filled, %4 missing</source>
        <translation>✓ 已担任（绿色）   ! 过去 %1 个月内未核实（琥珀色）   ✗ 缺失（红色）— 已有人担任 %2/%3 个职位，%4 个缺失</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an entry to see its details, hand-over note and the former holders of the role.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个条目，查看其详细信息、交接说明以及该职位的原担任者。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 的交接说明（任职至 %2）：&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Former holders</source>
        <translation>前任担任者</translation>
    </message>
    <message>
        <source>Add a focal point</source>
        <translation>添加联络点</translation>
    </message>
    <message>
        <source>Edit focal point</source>
        <translation>编辑联络点</translation>
    </message>
    <message>
        <source>Change holder</source>
        <translation>更换担任者</translation>
    </message>
    <message>
        <source>Delete the entry “%1” for %2? Use “Change holder” instead when somebody else took over: it keeps the history.</source>
        <translation>删除 %2 的条目“%1”？如果已由他人接任，请改用“更换担任者”：这样可以保留历史记录。</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除条目</translation>
    </message>
<message numerus="yes"><source>Record who holds each focal point and authority role of the treaties the country is Party to; the matrix below shows the %n role(s) to fill. If the team already keeps a list in a spreadsheet, import it: every row is checked and shown to you before anything is added.</source><translation><numerusform>请记录本国作为缔约方的各条约中每个联络点和主管部门职位由谁担任；下方矩阵显示需要填补的 %n 个职位。如果工作组已在电子表格中保存了名单，可将其导入：添加任何内容之前，每一行都会经过检查并向您显示。</numerusform></translation></message></context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <source>Add a reference framework</source>
        <translation>添加参照框架</translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation>简短代码(&amp;C)：</translation>
    </message>
    <message>
        <source>for example AU-STRATEGY</source>
        <translation>例如 AU-STRATEGY</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>文书(&amp;I)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>decision or resolution that adopted it</source>
        <translation>通过该框架的决定或决议</translation>
    </message>
    <message>
        <source>&amp;Goals or targets:</source>
        <translation>目标或具体目标(&amp;G)：</translation>
    </message>
    <message>
        <source>One per line, as “code: title”, for example
G1: Reduce threats to species</source>
        <translation>每行一项，格式为“代码: 标题”，例如
G1: 减少物种面临的威胁</translation>
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
        <translation>已回答 %1/%2 项备选办法</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>not yet discussed</source>
        <translation>尚未讨论</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Area and option</source>
        <translation>领域和备选办法</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退（Alt+Left）</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进（Alt+Right）</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>a word or a phrase, for example round</source>
        <translation>词语或短语，例如“轮次”</translation>
    </message>
    <message>
        <source>Search the user guide</source>
        <translation>搜索用户指南</translation>
    </message>
    <message>
        <source>Sections of the user guide</source>
        <translation>用户指南章节</translation>
    </message>
    <message>
        <source>Places found in the user guide</source>
        <translation>在用户指南中找到的位置</translation>
    </message>
    <message>
        <source>Text of the user guide</source>
        <translation>用户指南正文</translation>
    </message>
    <message>
        <source>%1 – User guide</source>
        <translation>%1 – 用户指南</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contents&lt;/b&gt;</source>
        <translation>&lt;b&gt;目录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>请至少输入两个字符。</translation>
    </message>
    <message>
        <source>No place in the guide contains “%1”.</source>
        <translation>指南中没有任何位置包含“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>找到 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import national targets</source>
        <translation>导入国家目标</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2: %3 target(s) will be added; %4 row(s) are rejected and will not be imported.</source>
        <translation>%2 的工作表“%1”：将添加 %3 项目标；%4 行被拒绝，不会导入。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Targets to add</source>
        <translation>待添加的目标</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message numerus="yes">
        <source>Import %n target(s)</source>
        <translation>
            <numerusform>导入 %n 项目标</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;待添加&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;被拒绝的行&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>0 – not started</source>
        <translation>0 – 尚未开始</translation>
    </message>
    <message>
        <source>1 – planned or initial steps</source>
        <translation>1 – 已规划或已采取初步步骤</translation>
    </message>
    <message>
        <source>2 – partly in place</source>
        <translation>2 – 部分到位</translation>
    </message>
    <message>
        <source>3 – largely in place</source>
        <translation>3 – 基本到位</translation>
    </message>
    <message>
        <source>4 – fully in place</source>
        <translation>4 – 完全到位</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>尚未讨论</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Conventions concerned</source>
        <translation>涉及的公约</translation>
    </message>
    <message>
        <source>Responsible institution(s)</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>证据和说明</translation>
    </message>
    <message>
        <source>Gaps and obstacles</source>
        <translation>差距和障碍</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>尚未开展任何工作。</translation>
    </message>
    <message>
        <source>The step is planned or the first actions have started.</source>
        <translation>该步骤已列入计划，或已开始采取初步行动。</translation>
    </message>
    <message>
        <source>Some elements work, but important parts are missing.</source>
        <translation>部分要素已发挥作用，但仍缺少重要部分。</translation>
    </message>
    <message>
        <source>Most elements work; a few gaps remain.</source>
        <translation>大多数要素已发挥作用；仍存在少量差距。</translation>
    </message>
    <message>
        <source>The option is fully in place and works in practice.</source>
        <translation>该备选办法已完全到位，并在实践中发挥作用。</translation>
    </message>
    <message>
        <source>The option does not apply to this country; it is left out of the scores.</source>
        <translation>该备选办法不适用于本国；不计入得分。</translation>
    </message>
    <message>
        <source>The team has not discussed this option yet.</source>
        <translation>工作组尚未讨论该备选办法。</translation>
    </message>
    <message>
        <source>focal-point register</source>
        <translation>联络点名册</translation>
    </message>
    <message>
        <source>coordination mechanism</source>
        <translation>协调机制</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>NBSAP 对应</translation>
    </message>
    <message>
        <source>reporting calendar</source>
        <translation>报告日历</translation>
    </message>
    <message>
        <source>shared datasets</source>
        <translation>共享数据集</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export summary…</source>
        <translation>导出摘要(&amp;E)…</translation>
    </message>
    <message>
        <source>Open team ser&amp;ver workspace…</source>
        <translation>打开工作组服务器上的工作区(&amp;V)…</translation>
    </message>
    <message>
        <source>Export q&amp;uestionnaire…</source>
        <translation>导出问卷(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Import questionnaire…</source>
        <translation>导入问卷(&amp;I)…</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>工作区另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Country &amp;profile…</source>
        <translation>国家概况(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>联络点(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Coordination</source>
        <translation>协调(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;NBSAP alignment</source>
        <translation>NBSAP 对应(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reporting calendar</source>
        <translation>报告日历(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>您的姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>新建轮次(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Round &amp;details…</source>
        <translation>轮次详情(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <source>New round from &amp;this one…</source>
        <translation>基于本轮新建轮次(&amp;T)…</translation>
    </message>
    <message>
        <source>De&amp;lete round…</source>
        <translation>删除轮次(&amp;L)…</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>放大文字(&amp;G)</translation>
    </message>
    <message>
        <source>Nor&amp;mal text size</source>
        <translation>正常文字大小(&amp;M)</translation>
    </message>
    <message>
        <source>Ne&amp;xt option</source>
        <translation>下一项备选办法(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous option</source>
        <translation>上一项备选办法(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History panel</source>
        <translation>历史记录面板(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Synergy Desktop</source>
        <translation>关于 Synergy Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Round: </source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
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
        <translation>无贡献</translation>
    </message>
    <message>
        <source>partial contribution</source>
        <translation>部分贡献</translation>
    </message>
    <message>
        <source>direct contribution</source>
        <translation>直接贡献</translation>
    </message>
    <message>
        <source>%1 → %2 %3: %4</source>
        <translation>%1 → %2 %3：%4</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参与者(&amp;P)：</translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation>决定(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>后续步骤(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>(an institution, not a person of the register)</source>
        <translation>（机构，而非名册中的人员）</translation>
    </message>
    <message>
        <source>Person from the register</source>
        <translation>名册中的人员</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1 cannot be merged: its records are damaged or incomplete. Nothing was changed; ask for a fresh copy.</source>
        <translation>无法合并 %1：其记录已损坏或不完整。未作任何更改；请索取一份新的副本。</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its round “%2” was answered against the framework %3 version %4, and this workspace uses %5 version %6. Nothing was changed.</source>
        <translation>无法合并 %1：其轮次“%2”是按框架 %3 版本 %4 作答的，而本工作区使用的是 %5 版本 %6。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is this workspace itself; choose another file to merge.</source>
        <translation>%1 就是本工作区本身；请选择另一个文件进行合并。</translation>
    </message>
    <message>
        <source>The merge was not applied (%1). Nothing was changed.</source>
        <translation>未应用合并（%1）。未作任何更改。</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>合并自 %1</translation>
    </message>
    <message>
        <source>kept this workspace's value</source>
        <translation>保留了本工作区的值</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>国家概况</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>协调机制</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>国家目标</translation>
    </message>
    <message>
        <source>Reference framework</source>
        <translation>参照框架</translation>
    </message>
    <message>
        <source>Framework target</source>
        <translation>框架目标</translation>
    </message>
    <message>
        <source>Alignment cell</source>
        <translation>对应单元格</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Reporting obligation</source>
        <translation>报告义务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO 代码</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Instruments left out</source>
        <translation>排除的文书</translation>
    </message>
    <message>
        <source>Months before an entry needs checking</source>
        <translation>条目需要核实前的月数</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>交接说明</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>继任者</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>任务授权</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>每年会议次数</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举行日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>NBSAP 版本</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>简短代码</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>参照目标</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>贡献程度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管机构</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新频率</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照代码</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>间隔（月）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Due date precision</source>
        <translation>截止日期精度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n 项回答</numerusform></translation></message>
    <message>
        <source>The round is finalised here.</source>
        <translation>该轮次在本工作区中已定稿。</translation>
    </message>
    <message>
        <source>It belongs to a record that is not in this workspace.</source>
        <translation>它所属的记录不在本工作区中。</translation>
    </message>
    <message>
        <source>This workspace has another framework with the same key.</source>
        <translation>本工作区中已有另一个简短代码相同的框架。</translation>
    </message>
    <message>
        <source>Records added here still refer to it.</source>
        <translation>本工作区中新增的记录仍在引用它。</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>Synergy 工作区 (*.synergy);;所有文件 (*)</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <source>Merge another workspace</source>
        <translation>合并其他工作区</translation>
    </message>
    <message>
        <source>Reading the other workspace…</source>
        <translation>正在读取另一个工作区…</translation>
    </message>
    <message>
        <source>%1 holds nothing that this workspace does not have already.</source>
        <translation>%1 中没有本工作区尚未包含的内容。</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed.</source>
        <translation>已取消合并；未作任何更改。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>Merged %1: %2 change(s) applied, %3 conflict(s) kept as here, %4 left undecided, %5 held.</source>
        <translation>已合并 %1：已应用 %2 处更改，%3 处冲突保留本工作区的值，%4 处未作决定，%5 处已搁置。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>正在保存副本…</translation>
    </message>
    <message>
        <source>A copy was saved to %1; you are still working in %2.</source>
        <translation>副本已保存到 %1；您仍在 %2 中工作。</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>比较工作区</translation>
    </message>
    <message>
        <source>Choose two or more workspaces (hold Ctrl to choose several).</source>
        <translation>请选择两个或更多工作区（按住 Ctrl 可选择多个）。</translation>
    </message>
    <message>
        <source>Reading the workspaces…</source>
        <translation>正在读取工作区…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；未写入任何内容。</translation>
    </message>
    <message>
        <source>Comparison written to %1</source>
        <translation>比较结果已写入 %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>无法将工作簿写入 %1（%2）。</translation>
    </message>
    <message>
        <source>&amp;Merge another workspace…</source>
        <translation>合并其他工作区(&amp;M)…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>保存副本(&amp;Y)…</translation>
    </message>
    <message>
        <source>Compare &amp;workspaces…</source>
        <translation>比较工作区(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another workspace</source>
        <translation>合并其他工作区</translation>
    </message>
    <message>
        <source>%1: %2 change(s) come in; %3 conflict(s) need your choice; %4 change(s) are held and not applied. A backup copy is made before anything is written.</source>
        <translation>%1：将传入 %2 处更改；%3 处冲突需要您作出选择；%4 处更改已搁置，不会应用。写入任何内容之前都会先创建备份副本。</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records are matched by their stable ids only, and every difference is a conflict.</source>
        <translation>这两个工作区没有共同的历史记录：仅按记录的固定 ID 进行匹配，所有差异均视为冲突。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本工作区</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>传入</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Incoming changes</source>
        <translation>传入的更改</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Held changes</source>
        <translation>已搁置的更改</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incoming changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;传入的更改&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (tick to take theirs)</source>
        <translation>&lt;b&gt;冲突&lt;/b&gt;（勾选即采用对方版本）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held&lt;/b&gt; (reported, not applied)</source>
        <translation>&lt;b&gt;已搁置&lt;/b&gt;（仅报告，不应用）</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>全部保留我方版本</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>全部采用对方版本</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>Nbsap</name>
    <message>
        <source>A national target needs a code, for example T1 or 3.2.</source>
        <translation>国家目标需要代码，例如 T1 或 3.2。</translation>
    </message>
    <message>
        <source>“%1” is not a usable code: use letters, digits, dots or dashes, at most 30.</source>
        <translation>“%1”不是可用的代码：请使用字母、数字、点或连字符，最多 30 个字符。</translation>
    </message>
    <message>
        <source>A national target needs a title.</source>
        <translation>国家目标需要标题。</translation>
    </message>
    <message>
        <source>The title is too long (at most 500 characters).</source>
        <translation>标题过长（最多 500 个字符）。</translation>
    </message>
    <message>
        <source>There is already a national target with the code “%1”.</source>
        <translation>已存在代码为“%1”的国家目标。</translation>
    </message>
    <message>
        <source>There is no national target with id %1.</source>
        <translation>没有 ID 为 %1 的国家目标。</translation>
    </message>
    <message>
        <source>There is no reference framework “%1”.</source>
        <translation>没有参照框架“%1”。</translation>
    </message>
    <message>
        <source>Give the framework a short code (letters, digits, dots or dashes).</source>
        <translation>请为框架提供简短代码（字母、数字、点或连字符）。</translation>
    </message>
    <message>
        <source>A framework with the code “%1” exists already.</source>
        <translation>代码为“%1”的框架已存在。</translation>
    </message>
    <message>
        <source>Give the framework a name.</source>
        <translation>请为框架命名。</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>未知文书“%1”。</translation>
    </message>
    <message>
        <source>List at least one goal or target, one per line as “code: title”.</source>
        <translation>请至少列出一个目标或具体目标，每行一项，格式为“代码: 标题”。</translation>
    </message>
    <message>
        <source>Each goal needs its own short code and a title, one per line as “code: title”.</source>
        <translation>每个目标都需要各自的简短代码和标题，每行一项，格式为“代码: 标题”。</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>只能删除在本工作区中添加的框架。</translation>
    </message>
    <message>
        <source>%1 has no target “%2”.</source>
        <translation>%1 没有目标“%2”。</translation>
    </message>
</context>
<context>
    <name>NbsapView</name>
    <message>
        <source>Alignment</source>
        <translation>对应关系</translation>
    </message>
    <message>
        <source>&lt;b&gt;National targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;国家目标&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Reference frame&amp;work:</source>
        <translation>参照框架(&amp;W)：</translation>
    </message>
    <message>
        <source>Add a framework…</source>
        <translation>添加框架…</translation>
    </message>
    <message>
        <source>Delete framework…</source>
        <translation>删除框架…</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>只能删除在本工作区中添加的框架。</translation>
    </message>
    <message>
        <source>&amp;Note on cell…</source>
        <translation>单元格备注(&amp;N)…</translation>
    </message>
    <message>
        <source>National targets</source>
        <translation>国家目标</translation>
    </message>
    <message>
        <source>No national target is recorded yet</source>
        <translation>尚未记录任何国家目标</translation>
    </message>
    <message>
        <source>Add the targets of your NBSAP, or import them from an Excel sheet with a “Code” and a “Title” column. Then mark which global targets each one serves (the Kunming-Montreal framework and the goals of the other conventions), and see the gaps both ways.</source>
        <translation>请添加您的 NBSAP 目标，或从包含“Code”和“Title”列的 Excel 工作表导入。然后标明每项目标服务于哪些全球目标（昆明-蒙特利尔框架及其他公约的目标），并从两个方向查看差距。</translation>
    </message>
    <message>
        <source>Add a target…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <source>Import targets from Excel…</source>
        <translation>从 Excel 导入目标…</translation>
    </message>
    <message>
        <source>Alignment matrix</source>
        <translation>对应矩阵</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>覆盖情况和差距</translation>
    </message>
    <message>
        <source>● direct contribution   ◐ partial   (empty) none. Keys: 2 direct, 1 partial, 0 none, Space cycles, F2 opens a list. Point at a cell for the target's title.</source>
        <translation>● 直接贡献   ◐ 部分贡献   （空白）无。按键：2 直接，1 部分，0 无，空格键循环切换，F2 打开列表。将鼠标指向单元格可查看目标标题。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>%1 of %2 covered (%3%)</source>
        <translation>已覆盖 %1/%2（%3%）</translation>
    </message>
    <message>
        <source>Coverage of each framework</source>
        <translation>各框架的覆盖情况</translation>
    </message>
    <message>
        <source>Reference targets no national target covers</source>
        <translation>没有任何国家目标涵盖的参照目标</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>不对应任何参照目标的国家目标</translation>
    </message>
    <message>
        <source>Add a national target</source>
        <translation>添加国家目标</translation>
    </message>
    <message>
        <source>Edit national target</source>
        <translation>编辑国家目标</translation>
    </message>
    <message>
        <source>Delete the national target %1 “%2” and its alignments?</source>
        <translation>删除国家目标 %1“%2”及其对应关系？</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Import national targets</source>
        <translation>导入国家目标</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n national target(s) added.</source>
        <translation>
            <numerusform>已添加 %n 项国家目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the reference framework “%1” and every alignment to it? This cannot be undone.</source>
        <translation>删除参照框架“%1”及其所有对应关系？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete framework</source>
        <translation>删除框架</translation>
    </message>
    <message>
        <source>Note on the alignment</source>
        <translation>对应关系备注</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>文书(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>周期(&amp;C)：</translation>
    </message>
    <message>
        <source>Repeats e&amp;very:</source>
        <translation>重复间隔(&amp;V)：</translation>
    </message>
    <message>
        <source>does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Date &amp;precision:</source>
        <translation>日期精度(&amp;P)：</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>精确到日</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>仅月份</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>仅年份</translation>
    </message>
    <message>
        <source>Responsible &amp;focal point:</source>
        <translation>负责联络点(&amp;F)：</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（尚无人员）</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <source>Instrument</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
</context>
<context>
    <name>OptionText</name>
    <message>
        <source>Area %1: %2</source>
        <translation>领域 %1：%2</translation>
    </message>
    <message>
        <source>What “fully in place” looks like</source>
        <translation>“完全到位”的标准</translation>
    </message>
    <message>
        <source>Questions for the team</source>
        <translation>供工作组讨论的问题</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Good practice: this option does not rest on a specific decision or resolution.</source>
        <translation>良好做法：本备选办法并非基于某一具体决定或决议。</translation>
    </message>
    <message>
        <source>Related evidence in this workspace:</source>
        <translation>本工作区中的相关证据：</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Focal points</source>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Upcoming reporting deadlines</source>
        <translation>即将到来的报告截止日期</translation>
    </message>
    <message>
        <source>Open the walk-through</source>
        <translation>打开逐项评估</translation>
    </message>
    <message>
        <source>Answers and score per area</source>
        <translation>各领域的回答和得分</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>各领域得分</translation>
    </message>
    <message>
        <source>Progress per area</source>
        <translation>各领域进展</translation>
    </message>
    <message>
        <source>Score per area across rounds</source>
        <translation>各轮次中各领域的得分</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>打开名册</translation>
    </message>
    <message>
        <source>Open the alignment</source>
        <translation>打开对应关系</translation>
    </message>
    <message>
        <source>NBSAP coverage per framework</source>
        <translation>各框架的 NBSAP 覆盖情况</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <source>Overview of the round</source>
        <translation>本轮概览</translation>
    </message>
    <message>
        <source>Options answered</source>
        <translation>已回答的备选办法</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Targets covered</source>
        <translation>已覆盖的目标</translation>
    </message>
    <message>
        <source>%1 filled   %2 not verified recently   %3 missing</source>
        <translation>%1 已担任   %2 近期未核实   %3 缺失</translation>
    </message>
    <message>
        <source>Country not named yet (File &gt; Country profile…)</source>
        <translation>尚未填写国家名称（“文件 &gt; 国家概况…”）</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>尚无轮次。</translation>
    </message>
    <message>
        <source>score %1%</source>
        <translation>得分 %1%</translation>
    </message>
    <message>
        <source>no rating yet</source>
        <translation>尚无评分</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 options answered; %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;已回答 %2/%3 项备选办法；%4。</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 answered, score %5</source>
        <translation>%1 %2：已回答 %3/%4，得分 %5</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled&lt;br&gt;%3 missing, %4 not verified in the last %5 months.</source>
        <translation>已有人担任 %1/%2 个职位&lt;br&gt;%3 个缺失，%4 个在过去 %5 个月内未经核实。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1：已覆盖 %2/%3</translation>
    </message>
    <message>
        <source>No dated report is open.</source>
        <translation>没有设定日期的待提交报告。</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Your copy of the demo</source>
        <translation>您的演示副本</translation>
    </message>
    <message>
        <source>You get your own copy of the demo country, to change as you like. Your changes are recorded under your name. Type the name to show:</source>
        <translation>您将获得一份属于自己的演示国家副本，可随意更改。您所作的更改将以您的姓名记录。请输入要显示的姓名：</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Presenter mode: press F11 to leave it.</source>
        <translation>演示模式：按 F11 退出。</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>High con&amp;trast</source>
        <translation>高对比度(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import questionnaire</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <source>%1: %2 change(s) will be applied; %3 cell(s) are rejected and will not be imported.</source>
        <translation>%1：将应用 %2 处更改；%3 个单元格被拒绝，不会导入。</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>备选办法</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>被拒绝的单元格</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>应用 %n 处更改</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;更改&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected cells&lt;/b&gt;</source>
        <translation>&lt;b&gt;被拒绝的单元格&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>unknown rating “%1”</source>
        <translation>未知评分“%1”</translation>
    </message>
    <message>
        <source>unknown priority “%1”</source>
        <translation>未知优先级“%1”</translation>
    </message>
    <message>
        <source>the list of conventions is far too long</source>
        <translation>公约列表过长</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>the date %1 is not a plausible target date (%2 to %3)</source>
        <translation>日期 %1 不是合理的目标日期（应在 %2 至 %3 之间）</translation>
    </message>
    <message>
        <source>%1 is not a Synergy Desktop questionnaire (its identification sheet is missing). Export a questionnaire from the app and fill that in; nothing was imported.</source>
        <translation>%1 不是 Synergy Desktop 问卷（缺少其标识工作表）。请从本应用导出问卷并填写；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be read: its hidden identification sheet is damaged. Ask for a new copy, or export a new questionnaire; nothing was imported.</source>
        <translation>无法读取 %1：其隐藏的标识工作表已损坏。请索取新副本，或导出新问卷；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 is a questionnaire of a format this version does not know; nothing was imported.</source>
        <translation>%1 的问卷格式无法被此版本识别；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 was made for a different framework version (%2 %3) than this round uses (%4 %5). Export a new questionnaire for this round; nothing was imported.</source>
        <translation>%1 是为另一框架版本（%2 %3）制作的，与本轮使用的版本（%4 %5）不同。请为本轮导出新问卷；未导入任何内容。</translation>
    </message>
    <message>
        <source>this sheet holds options but its hidden first cell no longer names an area; the sheet was not read</source>
        <translation>此工作表包含备选办法，但其隐藏的首个单元格不再标明领域；未读取该工作表</translation>
    </message>
    <message>
        <source>the row of option %1 is missing (deleted, or its id changed); it was not read</source>
        <translation>备选办法 %1 所在的行缺失（已被删除，或其 ID 已被修改）；未读取该行</translation>
    </message>
    <message>
        <source>%1 appears on more than one row (%2) with different answers; none of them was read</source>
        <translation>%1 出现在多行（%2）中且回答不同；均未读取</translation>
    </message>
    <message>
        <source>the option id was edited (row %1); the row was skipped</source>
        <translation>备选办法 ID 已被修改（第 %1 行）；已跳过该行</translation>
    </message>
    <message>
        <source>option %1 belongs on the sheet of area %2 (wrong sheet)</source>
        <translation>备选办法 %1 应位于领域 %2 的工作表中（工作表错误）</translation>
    </message>
    <message>
        <source>questionnaire %1</source>
        <translation>问卷 %1</translation>
    </message>
<message numerus="yes"><source>the sheet of area %1 is missing (deleted, or its hidden first cell changed); its %n option(s) were not read</source><translation><numerusform>领域 %1 的工作表缺失（已被删除，或其隐藏的首个单元格已被修改）；未读取其中的 %n 项备选办法</numerusform></translation></message></context>
<context>
    <name>QuestionnaireActions</name>
    <message>
        <source>Export questionnaire</source>
        <translation>导出问卷</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the questionnaire</source>
        <translation>正在导出问卷</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；未写入任何内容。</translation>
    </message>
    <message>
        <source>Questionnaire written to %1</source>
        <translation>问卷已写入 %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>无法将工作簿写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Import questionnaire</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <source>This round is finalised. Start a new round from it to import answers.</source>
        <translation>本轮已定稿。请基于本轮新建轮次后再导入回答。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入；未作任何更改。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated from %1</source>
        <translation>
            <numerusform>已从 %1 更新 %n 个回答字段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>“%1” in the column %2 is not a date (YYYY-MM-DD)</source>
        <translation>列 %2 中的“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”</source>
        <translation>未知文书“%1”</translation>
    </message>
    <message>
        <source>No instrument given</source>
        <translation>未提供文书</translation>
    </message>
    <message>
        <source>The country is not Party to %1 (File &gt; Country profile)</source>
        <translation>本国不是 %1 的缔约方（“文件 &gt; 国家概况”）</translation>
    </message>
    <message>
        <source>%1 has no role “%2”</source>
        <translation>%1 没有职位“%2”</translation>
    </message>
    <message>
        <source>%1 already has a holder in the register (%2); use “Change holder”</source>
        <translation>%1 在名册中已有担任者（%2）；请使用“更换担任者”</translation>
    </message>
    <message>
        <source>%1 is given again (first on row %2)</source>
        <translation>%1 重复出现（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>%1 is already in the register as %2</source>
        <translation>%1 已作为 %2 列入名册</translation>
    </message>
    <message>
        <source>The same row appears again (first on row %1)</source>
        <translation>同一行再次出现（首次出现在第 %1 行）</translation>
    </message>
    <message>
        <source>%1 has no header row with “Instrument” and “Role” columns. Add one above the focal points and try again; nothing was imported.</source>
        <translation>%1 没有包含“Instrument”和“Role”列的标题行。请在联络点上方添加该行，然后重试；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import focal points</source>
        <translation>导入联络点</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2</source>
        <translation>%2 的工作表“%1”</translation>
    </message>
    <message>
        <source>%1: %2 focal point(s) will be added; %3 row(s) are rejected and will not be imported. Correct them in the file and import it again, or add them by hand afterwards.</source>
        <translation>%1：将添加 %2 个联络点；%3 行被拒绝，不会导入。请在文件中更正后重新导入，或之后手动添加。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Focal points to add</source>
        <translation>待添加的联络点</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;待添加&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;被拒绝的行&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
<message numerus="yes"><source>%n focal point(s) added.</source><translation><numerusform>已添加 %n 个联络点。</numerusform></translation></message><message numerus="yes"><source>Import %n focal point(s)</source><translation><numerusform>导入 %n 个联络点</numerusform></translation></message></context>
<context>
    <name>Report</name>
    <message>
        <source>%1 of %2 options answered; score %3.</source>
        <translation>已回答 %1/%2 项备选办法；得分 %3。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Annex: the framework and its bases</source>
        <translation>附件：框架及其依据</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1，版本 %2（内容 %3）</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>框架版本</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>What each option rests on</source>
        <translation>各备选办法的依据</translation>
    </message>
    <message>
        <source>Good practice (no decision or resolution text)</source>
        <translation>良好做法（无决定或决议文本）</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>备选办法</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Synergies self-assessment report</source>
        <translation>协同作用自我评估报告</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>本报告日期</translation>
    </message>
    <message>
        <source>Country not set</source>
        <translation>未设置国家</translation>
    </message>
    <message>
        <source>This report was written by Synergy Desktop from the team's answers. Each option is rated from 0 (not started) to 4 (fully in place); the annex explains the scale and lists the texts each option rests on.</source>
        <translation>本报告由 Synergy Desktop 根据工作组的回答生成。每项备选办法的评分从 0（尚未开始）到 4（完全到位）；附件解释了评分标准，并列出了每项备选办法所依据的文本。</translation>
    </message>
    <message>
        <source>Names, e-mail addresses and telephone numbers are left out of this report.</source>
        <translation>本报告不包含姓名、电子邮件地址和电话号码。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>%1 of %2 options answered; no option is rated yet.</source>
        <translation>已回答 %1/%2 项备选办法；尚无备选办法评分。</translation>
    </message>
    <message>
        <source>%1 of %2 options answered (%3); overall score %4.</source>
        <translation>已回答 %1/%2 项备选办法（%3）；总得分 %4。</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>各领域的完成度和得分</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of the rated, applicable options ÷ 4.</source>
        <translation>完成度 = 已回答的备选办法 ÷ 全部备选办法。得分 = 已评分且适用的备选办法的平均评分（0-4）÷ 4。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <source>%1 — next step by %2</source>
        <translation>%1——后续步骤须于 %2 前完成</translation>
    </message>
    <message>
        <source>Strongest options</source>
        <translation>表现最好的备选办法</translation>
    </message>
    <message>
        <source>No option is rated 3 or 4 yet.</source>
        <translation>尚无评分为 3 或 4 的备选办法。</translation>
    </message>
    <message>
        <source>Weakest options</source>
        <translation>表现最弱的备选办法</translation>
    </message>
    <message>
        <source>No option is rated 0 or 1.</source>
        <translation>没有评分为 0 或 1 的备选办法。</translation>
    </message>
    <message>
        <source>Top priorities</source>
        <translation>首要优先事项</translation>
    </message>
    <message>
        <source>No option is marked as a high priority yet.</source>
        <translation>尚无标记为高优先级的备选办法。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>无固定日期</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>本轮尚未记录任何后续步骤。</translation>
    </message>
    <message>
        <source>Every next step recorded in this round, soonest first; steps without a target date come last.</source>
        <translation>本轮记录的所有后续步骤，按日期由近及远排列；没有目标日期的步骤排在最后。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>已担任</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>近期未核实</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>Focal-point coverage</source>
        <translation>联络点覆盖情况</translation>
    </message>
    <message>
        <source>No focal-point roles apply.</source>
        <translation>没有适用的联络点职位。</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 vacant; %4 not verified in the last %5 months.</source>
        <translation>已有人担任 %1/%2 个职位；%3 个空缺；%4 个在过去 %5 个月内未经核实。</translation>
    </message>
    <message>
        <source>Vacant roles</source>
        <translation>空缺职位</translation>
    </message>
    <message>
        <source>Every role has a holder.</source>
        <translation>每个职位都有担任者。</translation>
    </message>
    <message>
        <source>Roles not verified recently</source>
        <translation>近期未核实的职位</translation>
    </message>
    <message>
        <source>Every holder was verified recently.</source>
        <translation>所有担任者近期均已核实。</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>所有职位</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Holder(s)</source>
        <translation>担任者</translation>
    </message>
    <message>
        <source>NBSAP alignment: gaps both ways</source>
        <translation>NBSAP 对应：双向差距</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>本工作区尚未记录任何国家目标。</translation>
    </message>
    <message>
        <source>Which targets of the global frameworks no national target serves yet, and which national targets serve none of them.</source>
        <translation>全球框架中哪些目标尚无任何国家目标服务，以及哪些国家目标未服务于任何全球目标。</translation>
    </message>
    <message>
        <source>Targets covered by at least one national target</source>
        <translation>至少有一项国家目标覆盖的目标</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>%1 of %2 targets covered.</source>
        <translation>已覆盖 %1/%2 项目标。</translation>
    </message>
    <message>
        <source>Target not covered</source>
        <translation>未覆盖的目标</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>National targets that serve no global target</source>
        <translation>未服务于任何全球目标的国家目标</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>国家目标</translation>
    </message>
    <message>
        <source>Every national target serves at least one.</source>
        <translation>每项国家目标都至少服务于一项全球目标。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Reporting calendar: the next 24 months</source>
        <translation>报告日历：未来 24 个月</translation>
    </message>
    <message>
        <source>overdue, %1</source>
        <translation>逾期，%1</translation>
    </message>
    <message>
        <source>No open report is due until %1.</source>
        <translation>%1 之前没有到期的待提交报告。</translation>
    </message>
    <message>
        <source>Open reports due until %1, overdue ones first.</source>
        <translation>%1 之前到期的待提交报告，逾期报告排在最前。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <extracomment>Characters XML 1.0 cannot hold (a pasted control character must not break the file).</extracomment>
        <translation>正在写入文档…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>正在保存文档…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Give a file name ending in .docx or .pdf (not %1).</source>
        <extracomment>Territories whose paper is US Letter (CLDR supplemental data "paperSize"); A4 elsewhere.</extracomment>
        <translation>请提供以 .docx 或 .pdf 结尾的文件名（而不是 %1）。</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在准备报告…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the report.</source>
        <translation>文件夹 %1 不存在。请创建该文件夹，或为报告另选位置。</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版页面…</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>正在写入第 %1 页，共 %2 页…</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names are left out of this report</source><translation><numerusform>%n 名参与者；本报告未列出姓名</numerusform></translation></message></context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF document (*.pdf)</source>
        <translation>Word 文档 (*.docx);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；未写入任何内容。</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>无法将报告写入 %1（%2）。如果它已在其他程序中打开，请将其关闭，或另选位置。</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>导出报告(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>The submission date cannot be in the future.</source>
        <translation>提交日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>数据集需要名称。</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>未知文书“%1”。</translation>
    </message>
    <message>
        <source>A report needs a title.</source>
        <translation>报告需要标题。</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 240 months.</source>
        <translation>间隔必须介于 1 到 240 个月之间。</translation>
    </message>
    <message>
        <source>There is no reporting obligation with id %1.</source>
        <translation>没有 ID 为 %1 的报告义务。</translation>
    </message>
    <message>
        <source>There is no dataset with id %1.</source>
        <translation>没有 ID 为 %1 的数据集。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>无固定日期</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>已于 %1 提交</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation><numerusform>逾期 %n 天</numerusform></translation></message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation><numerusform>剩余 %n 天</numerusform></translation></message>
</context>
<context>
    <name>ReportingView</name>
    <message>
        <source>In &amp;preparation</source>
        <translation>准备中(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Submitted…</source>
        <translation>已提交(&amp;S)…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Add dataset…</source>
        <translation>添加数据集…</translation>
    </message>
    <message>
        <source>Edit dataset…</source>
        <translation>编辑数据集…</translation>
    </message>
    <message>
        <source>Delete dataset…</source>
        <translation>删除数据集…</translation>
    </message>
    <message>
        <source>Only datasets that feed &amp;two or more reports</source>
        <translation>仅显示服务于两份或以上报告的数据集(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reporting obligations&lt;/b&gt; (overdue in red)</source>
        <translation>&lt;b&gt;报告义务&lt;/b&gt;（逾期以红色显示）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datasets&lt;/b&gt;: report once, use many times (bold: feeds two or more reports)</source>
        <translation>&lt;b&gt;数据集&lt;/b&gt;：一次报告，多次使用（粗体：服务于两份或以上报告）</translation>
    </message>
    <message>
        <source>Reporting obligations</source>
        <translation>报告义务</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Deadlines in the next 36 months</source>
        <translation>未来 36 个月的截止日期</translation>
    </message>
    <message>
        <source>The reporting calendar is empty</source>
        <translation>报告日历为空</translation>
    </message>
    <message>
        <source>List the reports the country owes each treaty it is Party to, with their due dates and the focal point responsible; the calendar then shows what is due next, what is late, and the datasets several reports share.</source>
        <translation>请列出本国作为缔约方应向各条约提交的报告，以及截止日期和负责的联络点；之后日历会显示接下来到期的报告、逾期的报告，以及多份报告共用的数据集。</translation>
    </message>
    <message>
        <source>Add a reporting obligation…</source>
        <translation>添加报告义务…</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue, %3 submitted. %4 of %5 datasets feed two or more reports. The diamonds show the deadlines of the next 36 months (red: overdue, amber: in preparation, grey: not started); the blue line is today.</source>
        <translation>共 %1 项义务，%2 项逾期，%3 项已提交。%5 个数据集中有 %4 个服务于两份或以上报告。菱形表示未来 36 个月的截止日期（红色：逾期，琥珀色：准备中，灰色：尚未开始）；蓝线表示今天。</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>报告日历</translation>
    </message>
    <message>
        <source>Add a reporting obligation</source>
        <translation>添加报告义务</translation>
    </message>
    <message>
        <source>Edit reporting obligation</source>
        <translation>编辑报告义务</translation>
    </message>
    <message>
        <source>Report submitted</source>
        <translation>报告已提交</translation>
    </message>
    <message>
        <source>Date on which “%1” was submitted (YYYY-MM-DD):</source>
        <translation>“%1”的提交日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYY-MM-DD; the status was not changed.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期；状态未更改。</translation>
    </message>
    <message>
        <source>Delete obligation</source>
        <translation>删除义务</translation>
    </message>
    <message>
        <source>Delete “%1 %2” from the calendar?</source>
        <translation>从日历中删除“%1 %2”？</translation>
    </message>
    <message>
        <source>Add a dataset</source>
        <translation>添加数据集</translation>
    </message>
    <message>
        <source>Edit dataset</source>
        <translation>编辑数据集</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>删除数据集</translation>
    </message>
    <message>
        <source>Delete the dataset “%1”?</source>
        <translation>删除数据集“%1”？</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>New round</source>
        <translation>新建轮次</translation>
    </message>
    <message>
        <source>Rename round</source>
        <translation>重命名轮次</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>新标题：</translation>
    </message>
    <message>
        <source>Round details</source>
        <translation>轮次详情</translation>
    </message>
    <message>
        <source>Finalise the round “%1”? Its answers become read-only; you can still export them and start a new round from it.

%2 of %3 options are answered.</source>
        <translation>定稿轮次“%1”？定稿后其回答将变为只读；您仍可导出这些回答，并基于该轮次新建轮次。

已回答 %2/%3 项备选办法。</translation>
    </message>
    <message>
        <source>Finalise round</source>
        <translation>定稿轮次</translation>
    </message>
    <message>
        <source>New round from this one</source>
        <translation>基于本轮新建轮次</translation>
    </message>
    <message>
        <source>Delete the round “%1” and its %2 answers? This cannot be undone. The change history of the round is kept in the workspace.</source>
        <translation>删除轮次“%1”及其 %2 项回答？此操作无法撤消。该轮次的更改历史记录仍保留在工作区中。</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>删除轮次</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <translation>自我评估 %1</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>轮次标题</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>The screenshot %1 cannot be written.</source>
        <translation>无法写入屏幕截图 %1。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Give a folder for the PNG files.</source>
        <translation>%1 是文件，而不是文件夹。请为 PNG 文件提供一个文件夹。</translation>
    </message>
    <message>
        <source>The screenshots cannot be written to the folder %1 (%2). Choose another folder.</source>
        <translation>无法将屏幕截图写入文件夹 %1（%2）。请另选文件夹。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>change %1 of %2</source>
        <translation>修改 %2 的 %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not save — %1</source>
        <translation>无法保存——%1</translation>
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
        <translation>逐项研究在国家一级增强生物多样性相关公约之间协同作用的备选办法（《生物多样性公约》第XIII/24号决定）：联络点、国家生物多样性战略和行动计划、国家报告等。所有数据都保存在本计算机上的工作区文件中。</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>One file for your country: its name, the treaties it is Party to, and the first round of the self-assessment.</source>
        <translation>为本国建立一个文件：包含国家名称、本国作为缔约方的条约，以及第一轮自我评估。</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>A workspace file made on this computer or received from a colleague.</source>
        <translation>在本计算机上创建或从同事处收到的工作区文件。</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <source>A fictional country with a partly answered round, for training and trying things out</source>
        <translation>一个虚构的国家，含一个部分回答的轮次，供培训和试用</translation>
    </message>
    <message>
        <source>No workspace has been opened on this computer yet. Start with your own country, or look around the demo first: nothing you do there touches your work.</source>
        <translation>本计算机上尚未打开过任何工作区。请从您自己的国家开始，或先浏览演示工作区：您在演示中所做的任何操作都不会影响您的工作。</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces (press Enter to open):</source>
        <translation>最近的工作区（按 Enter 打开）(&amp;R)：</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the workspace file is read-only (for example on a write-protected USB stick or a CD).</source>
        <translation>工作区文件为只读（例如位于写保护的 U 盘或光盘上）。</translation>
    </message>
    <message>
        <source>your database role may only read this workspace; ask the administrator for write access.</source>
        <translation>您的数据库角色只能读取本工作区；请向管理员申请写入权限。</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written.</source>
        <translation>磁盘已满或无法写入。</translation>
    </message>
    <message>
        <source>the workspace file is no longer available (moved, deleted or on a drive that was removed).</source>
        <translation>工作区文件已不可用（已移动、已删除或所在驱动器已移除）。</translation>
    </message>
    <message>
        <source>another program is using the workspace file; close it there.</source>
        <translation>另一个程序正在使用工作区文件；请在该程序中将其关闭。</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 holds no assessment yet. Create a round first.</source>
        <translation>%1 中尚无评估。请先创建轮次。</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>NBSAP &amp;version:</source>
        <translation>NBSAP 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Lead institution:</source>
        <translation>牵头机构(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>TargetImport</name>
    <message>
        <source>the code %1 is already used by a national target in this workspace</source>
        <translation>代码 %1 已被本工作区中的某项国家目标使用</translation>
    </message>
    <message>
        <source>the code %1 appears again (first on row %2)</source>
        <translation>代码 %1 重复出现（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>The first sheet of %1 has no header row with “Code” and “Title”. Add one above the targets and try again; nothing was imported.</source>
        <translation>%1 的第一个工作表没有包含“Code”和“Title”的标题行。请在目标上方添加该行，然后重试；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>国家目标</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>NBSAP 版本</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <source>Reference targets served</source>
        <translation>所服务的参照目标</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 cannot be read: %2 Nothing was imported.</source>
        <translation>无法读取 %1：%2未导入任何内容。</translation>
    </message>
    <message>
        <source>it is not a text (CSV) file.</source>
        <translation>该文件不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>its characters are in an encoding the application does not read. Save it as “CSV UTF-8” and try again.</source>
        <translation>该文件的字符编码无法被本应用读取。请将其另存为“CSV UTF-8”，然后重试。</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1).</source>
        <translation>无法打开文件（%1）。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>line %1 is not valid CSV.</source>
        <translation>第 %1 行不是有效的 CSV。</translation>
    </message>
    <message>
        <source>it has more than %1 rows. Remove the rows that do not belong to the import.</source>
        <translation>该文件超过 %1 行。请删除不属于导入内容的行。</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>it is password-protected or in the old .xls format. Remove the password, or save it as an Excel workbook (.xlsx), and try again.</source>
        <translation>该文件受密码保护或为旧的 .xls 格式。请移除密码，或将其另存为 Excel 工作簿（.xlsx），然后重试。</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (for example an incomplete download or copy). Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <extracomment>Kinds of cell value an importer may take: number, text, date (openpyxl's data types).</extracomment>
        <translation>文件已损坏或不完整（例如下载或复制未完成）。请索取新副本，或在 Excel 中打开并重新保存后重试。</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx).</source>
        <translation>该文件不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>it holds far more parts than a workbook does.</source>
        <translation>该文件包含的部件远多于正常工作簿。</translation>
    </message>
    <message>
        <source>it would unpack to an unreasonable size (a damaged or hostile file).</source>
        <translation>该文件解压后大小异常（文件已损坏或带有恶意）。</translation>
    </message>
    <message>
        <source>it is a zip archive, not an Excel workbook.</source>
        <translation>该文件是 zip 压缩包，而不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>%1 cannot be read: the workbook is damaged (%2). Nothing was imported. Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <translation>无法读取 %1：工作簿已损坏（%2）。未导入任何内容。请索取新副本，或在 Excel 中打开并重新保存后重试。</translation>
    </message>
    <message>
        <source>a part of it cannot be read</source>
        <translation>其中部分内容无法读取</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing or listed twice</source>
        <translation>工作表“%1”缺失或重复列出</translation>
    </message>
    <message>
        <source>a formula is not read; type the value instead</source>
        <translation>不读取公式；请直接输入数值</translation>
    </message>
    <message>
        <source>the cell shows an error (%1); type the value instead</source>
        <translation>该单元格显示错误（%1）；请直接输入数值</translation>
    </message>
    <message>
        <source>TRUE or FALSE is not a value this cell takes</source>
        <translation>此单元格不接受 TRUE 或 FALSE 值</translation>
    </message>
    <message>
        <source>the cell has a type this application does not know (“%1”)</source>
        <translation>该单元格的类型无法被本应用识别（“%1”）</translation>
    </message>
    <message>
        <source>the text holds an invisible control character (%1); remove it</source>
        <translation>文本中含有不可见的控制字符（%1）；请将其删除</translation>
    </message>
    <message>
        <source>%1 cannot be read: the sheet “%2” is damaged near row %3. Ask for a new copy, or open it in Excel, save it again and retry. Nothing was imported.</source>
        <translation>无法读取 %1：工作表“%2”在第 %3 行附近已损坏。请索取新副本，或在 Excel 中打开并重新保存后重试。未导入任何内容。</translation>
    </message>
    <message>
        <source>the file is damaged or truncated.</source>
        <translation>文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>The sheet “%1” has more than %2 rows; nothing was imported. Remove the rows that do not belong to the import.</source>
        <translation>工作表“%1”超过 %2 行；未导入任何内容。请删除不属于导入内容的行。</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>&amp;Workshop</source>
        <translation>研讨会(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open a fresh copy of the demo for me…</source>
        <translation>为我打开一份新的演示副本(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Reset my demo…</source>
        <translation>重置我的演示(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Facilitator's guide</source>
        <translation>主持人指南(&amp;F)</translation>
    </message>
    <message>
        <source>Your copy of the demo</source>
        <translation>您的演示副本</translation>
    </message>
    <message>
        <source>%1 already has a copy of the demo. Start it afresh? Every change made in it is lost. (No opens it as it was left.)</source>
        <translation>%1 已有一份演示副本。要重新开始吗？其中所做的所有更改都将丢失。（选择“否”则按原样打开。）</translation>
    </message>
    <message>
        <source>Reset my demo</source>
        <translation>重置我的演示</translation>
    </message>
    <message>
        <source>No demo copy is open. Open yours first with Help &gt; Workshop &gt; Open a fresh copy of the demo for me.</source>
        <translation>当前没有打开演示副本。请先通过“帮助 &gt; 研讨会 &gt; 为我打开一份新的演示副本”打开您的副本。</translation>
    </message>
    <message>
        <source>Start %1 afresh? Every change made in it is lost.</source>
        <translation>要重新开始 %1 吗？其中所做的所有更改都将丢失。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no workspace at %1. Check the path, or create a new workspace.</source>
        <extracomment>The newest schema revision. Kept here so that opening an up-to-date workspace does not load Alembic at all; a test checks that it matches the migration scripts.</extracomment>
        <translation>%1 处没有工作区。请检查路径，或新建工作区。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a workspace: %2 The file has not been changed.</source>
        <translation>%1 无法作为工作区打开：%2文件未作更改。</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>这是文件夹，而不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check that the file is available and that you may read it.</source>
        <translation>无法读取 %1（%2）。请检查该文件是否可用，以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>it is not a Synergy Desktop workspace (not an SQLite database).</source>
        <translation>这不是 Synergy Desktop 工作区（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>the database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>the database is damaged. Restore it from a backup copy.</source>
        <translation>数据库已损坏。请从备份副本恢复。</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Synergy Desktop workspace.</source>
        <translation>这是 SQLite 数据库，但不是 Synergy Desktop 工作区。</translation>
    </message>
    <message>
        <source>%1 cannot be opened because its folder does not allow writing (the workspace keeps a journal next to the file). Copy it to a folder where you may write and open the copy.</source>
        <translation>无法打开 %1，因为其所在文件夹不允许写入（工作区会在文件旁边保存一个日志文件）。请将其复制到您有写入权限的文件夹，然后打开该副本。</translation>
    </message>
    <message>
        <source>the database is damaged or truncated. Restore it from a backup copy.</source>
        <translation>数据库已损坏或不完整。请从备份副本恢复。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created (%2). Choose another location.</source>
        <translation>无法创建文件夹 %1（%2）。请另选位置。</translation>
    </message>
    <message>
        <source>A new workspace cannot be created at %1 (%2). Choose another location.</source>
        <translation>无法在 %1 创建新工作区（%2）。请另选位置。</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but no backup copy could be made first (%2). Nothing was changed. Copy the workspace to a folder where you may write, then open it again.</source>
        <translation>%1 需要升级，但无法先创建备份副本（%2）。未作任何更改。请将工作区复制到您有写入权限的文件夹，然后重新打开。</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was; a backup copy is at %3.</source>
        <translation>%1 升级失败（%2）。工作区保持原样；备份副本位于 %3。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Synergy Desktop (schema %2). Install the newer version to open it; the file has not been changed.</source>
        <translation>%1 由较新版本的 Synergy Desktop 保存（架构 %2）。请安装较新版本后再打开；文件未作更改。</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was.</source>
        <translation>%1 升级失败（%2）。工作区保持原样。</translation>
    </message>
    <message>
        <source>%1 is not a database address. Write it as postgresql://user@server/database.</source>
        <extracomment>The one driver supported: psycopg 3 (``postgresql://`` is read as ``postgresql+psycopg://``).</extracomment>
        <translation>%1 不是数据库地址。请按 postgresql://user@server/database 格式填写。</translation>
    </message>
    <message>
        <source>%1 uses a database driver this application does not support. Write the address as postgresql://user@server/database.</source>
        <translation>%1 使用了本应用不支持的数据库驱动程序。请按 postgresql://user@server/database 格式填写地址。</translation>
    </message>
    <message>
        <source>Opening a PostgreSQL workspace needs the PostgreSQL driver, which is not installed: install it with pip install "synergy-desktop[postgres]".</source>
        <translation>打开 PostgreSQL 工作区需要 PostgreSQL 驱动程序，但该驱动程序尚未安装：请使用 pip install "synergy-desktop[postgres]" 进行安装。</translation>
    </message>
    <message>
        <source>The database %1 asks for a password and none was given. Put it in your .pgpass file, then open the workspace again.</source>
        <translation>数据库 %1 要求输入密码，但未提供密码。请将密码写入您的 .pgpass 文件，然后重新打开工作区。</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password for %1. Check them and try again.</source>
        <translation>服务器不接受 %1 的用户名或密码。请检查后重试。</translation>
    </message>
    <message>
        <source>The database %1 does not exist on its server (%2). Check the name, or ask the administrator to create it.</source>
        <translation>数据库 %1 在其服务器（%2）上不存在。请检查名称，或请管理员创建该数据库。</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached (%2). Check the address and the network, and that the server is running.</source>
        <translation>无法连接到 %1 的服务器（%2）。请检查地址和网络，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2).</source>
        <translation>无法打开数据库 %1（%2）。</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program; it is not a Synergy Desktop workspace. Nothing was changed. Use an empty database for a new workspace.</source>
        <translation>数据库 %1 包含其他程序的表；它不是 Synergy Desktop 工作区。未作任何更改。新建工作区请使用空数据库。</translation>
    </message>
    <message>
        <source>%1 must first be set up or upgraded for this version, and your database role may not do that. Ask the administrator to open it once with the role that owns the workspace. Nothing was changed.</source>
        <translation>%1 必须先针对此版本进行设置或升级，而您的数据库角色无权执行此操作。请管理员使用拥有该工作区的角色打开一次。未作任何更改。</translation>
    </message>
    <message>
        <source>the upgrade would break links between records.</source>
        <translation>升级会破坏记录之间的关联。</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Check the path.</source>
        <translation>%1 处没有工作区。请检查路径。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). The file has not been changed.</source>
        <translation>无法读取 %1（%2）。文件未作更改。</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>Synergy 工作区 (*.synergy);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>%1 已存在。请另选名称，或通过“文件 &gt; 打开”将其打开。</translation>
    </message>
    <message>
        <source>The workspace %1 was created without a country. Fill in the country and the treaties it is Party to with File &gt; Country profile…; each page says what to do next.</source>
        <translation>工作区 %1 在创建时未指定国家。请通过“文件 &gt; 国家概况…”填写国家及其作为缔约方的条约；每个页面都会说明下一步该做什么。</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>工作组服务器密码</translation>
    </message>
    <message>
        <source>%1

Password:</source>
        <translation>%1

密码：</translation>
    </message>
    <message>
        <source>Opening was cancelled; nothing was changed.</source>
        <translation>已取消打开；未作任何更改。</translation>
    </message>
    <message>
        <source>Open team server workspace</source>
        <translation>打开工作组服务器上的工作区</translation>
    </message>
    <message>
        <source>Address of the workspace on the team server, for example
postgresql+psycopg://amina@server.ministry.example/biodiversity
(leave the password out: it is asked for, or taken from your .pgpass file)</source>
        <translation>工作组服务器上工作区的地址，例如
postgresql+psycopg://amina@server.ministry.example/biodiversity
（请勿包含密码：系统会询问密码，或从您的 .pgpass 文件中读取）</translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version; a copy of the old file is at %1</source>
        <translation>工作区已升级到此版本；旧文件的副本位于 %1</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <source>The demo workspace already exists. Open it as it was left, or start it afresh (every change made to the demo is lost)?</source>
        <translation>演示工作区已存在。要按上次离开时的状态打开，还是重新开始（对演示所作的所有更改都将丢失）？</translation>
    </message>
    <message>
        <source>Open as it was</source>
        <translation>按原状态打开</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>(no recent workspaces)</source>
        <translation>（没有最近的工作区）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Some changes could not be saved. If you close the workspace now, they are lost. Save the workspace under another name first?</source>
        <translation>部分更改未能保存。如果现在关闭工作区，这些更改将会丢失。是否先将工作区另存为其他名称？</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>国家概况</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Your last changes could not be written to the workspace: %1

They are still on screen. Synergy Desktop tries again every few seconds; you can also save the workspace under another name, for example on another drive.</source>
        <translation>您最近的更改未能写入工作区：%1

这些更改仍显示在屏幕上。Synergy Desktop 每隔几秒会重试一次；您也可以将工作区另存为其他名称，例如保存到另一个驱动器。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation>工作区另存为…</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>导出摘要</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the summary</source>
        <translation>正在导出摘要</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>无法将工作簿写入 %1（%2）。如已在其他程序中打开，请先将其关闭，或另选位置。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；未写入任何内容。</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>摘要已写入 %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <source>Overview</source>
        <extracomment>What each page shows besides its own edits, and how it catches up.</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>协调</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>NBSAP 对应</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>报告日历</translation>
    </message>
</context>
</TS>