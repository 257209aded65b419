<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Synergy Desktop</source>
        <translation>About Synergy Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;An offline tool for national teams working through the options for synergies among the biodiversity-related conventions (CBD decision XIII/24, Annex I).&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;An offline tool for national teams working through the options for synergies among the biodiversity-related conventions (CBD decision XIII/24, Annex I).&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>(none open)</translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <source>Option description</source>
        <translation>Option description</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>Set a target date</translation>
    </message>
    <message>
        <source>Ministry, agency or unit that leads</source>
        <translation>Ministry, agency or unit that leads</translation>
    </message>
    <message>
        <source>Show or hide the option's text and guidance</source>
        <translation>Show or hide the option's text and guidance</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>What this workspace shows</source>
        <translation>What this workspace shows</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>The rating must be 0 to 4, "na" (not applicable) or "nyd" (not yet discussed), not "%1".</source>
        <translation>The rating must be 0 to 4, "na" (not applicable) or "nyd" (not yet discussed), not "%1".</translation>
    </message>
    <message>
        <source>The priority must be high, medium or low, not "%1".</source>
        <translation>The priority must be high, medium or low, not "%1".</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>The text is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>There is no answer field "%1".</source>
        <translation>There is no answer field "%1".</translation>
    </message>
    <message>
        <source>Conventions must be a list of codes.</source>
        <translation>Conventions must be a list of codes.</translation>
    </message>
    <message>
        <source>"%1" is not a known convention code. Known codes: %2.</source>
        <translation>"%1" is not a known convention code. Known codes: %2.</translation>
    </message>
    <message>
        <source>The target date must be a date written as YYYY-MM-DD, not "%1".</source>
        <translation>The target date must be a date written as YYYY-MM-DD, not "%1".</translation>
    </message>
</context>
<context>
    <name>AreaScoresModel</name>
    <message numerus="yes">
        <source>+%n point(s)</source>
        <translation>
            <numerusform>+%n point</numerusform>
            <numerusform>+%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n point(s)</source>
        <translation>
            <numerusform>−%n point</numerusform>
            <numerusform>−%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Earlier round</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Later round</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>← &amp;Previous option</source>
        <translation>← &amp;Previous option</translation>
    </message>
    <message>
        <source>Previous option (Alt+Up)</source>
        <translation>Previous option (Alt+Up)</translation>
    </message>
    <message>
        <source>&amp;Next option →</source>
        <translation>&amp;Next option →</translation>
    </message>
    <message>
        <source>Next option (Alt+Down)</source>
        <translation>Next option (Alt+Down)</translation>
    </message>
    <message>
        <source>History of this option</source>
        <translation>History of this option</translation>
    </message>
    <message>
        <source>Areas and options</source>
        <translation>Areas and options</translation>
    </message>
    <message>
        <source>No assessment round yet</source>
        <translation>No assessment round yet</translation>
    </message>
    <message>
        <source>A round is one pass of the team through all options of the framework, for example the self-assessment of this year. Start the first round, then answer option by option; everything is saved as you type.</source>
        <translation>A round is one pass of the team through all options of the framework, for example the self-assessment of this year. Start the first round, then answer option by option; everything is saved as you type.</translation>
    </message>
    <message>
        <source>Start the first round…</source>
        <translation>Start the first round…</translation>
    </message>
    <message>
        <source>You may only read this workspace: your account on the team server has no right to change it. You can look at everything and export it; ask the workspace's administrator for editing rights.</source>
        <translation>You may only read this workspace: your account on the team server has no right to change it. You can look at everything and export it; ask the workspace's administrator for editing rights.</translation>
    </message>
    <message>
        <source>This round was finalised on %1 and is read-only. To continue the work, use Assessment &gt; New round from this one.</source>
        <translation>This round was finalised on %1 and is read-only. To continue the work, use Assessment &gt; New round from this one.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>pre-filled from round %1</source>
        <translation>pre-filled from round %1</translation>
    </message>
    <message>
        <source>There is no assessment with id %1 in this workspace.</source>
        <translation>There is no assessment with id %1 in this workspace.</translation>
    </message>
    <message>
        <source>There is no option "%1" in the framework %2 (version %3).</source>
        <translation>There is no option "%1" in the framework %2 (version %3).</translation>
    </message>
    <message>
        <source>The round "%1" is finalised and cannot be changed. Start a new round from it to continue the work.</source>
        <translation>The round "%1" is finalised and cannot be changed. Start a new round from it to continue the work.</translation>
    </message>
    <message>
        <source>A round needs a title.</source>
        <translation>A round needs a title.</translation>
    </message>
    <message>
        <source>The title is too long (at most 300 characters).</source>
        <translation>The title is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Someone else changed %1 of option %2 since you opened it. Your text is kept on screen; choose whose version to keep.</source>
        <translation>Someone else changed %1 of option %2 since you opened it. Your text is kept on screen; choose whose version to keep.</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Every change is recorded in the history with the name of the person who made it. Type the name to show, for example “Amina Diallo, Ministry of Environment”. You can change it later in Edit &gt; Your name.</source>
        <translation>Every change is recorded in the history with the name of the person who made it. Type the name to show, for example “Amina Diallo, Ministry of Environment”. You can change it later in Edit &gt; Your name.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Demo workspace written to %1 (round %2, %3 of %4 options answered).</source>
        <translation>Demo workspace written to %1 (round %2, %3 of %4 options answered).</translation>
    </message>
    <message>
        <source>This workspace holds no assessment yet.</source>
        <translation>This workspace holds no assessment yet.</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4/%5 answered (%6%)</source>
        <translation>%1	%2	%3	%4/%5 answered (%6%)</translation>
    </message>
    <message>
        <source>The file cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>The file cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the workbook.</source>
        <translation>The folder %1 does not exist. Create it or choose another place for the workbook.</translation>
    </message>
    <message>
        <source>Summary of round %1 (%2) written to %3.</source>
        <translation>Summary of round %1 (%2) written to %3.</translation>
    </message>
    <message>
        <source>Give a file name ending in .xlsx (not %1).</source>
        <translation>Give a file name ending in .xlsx (not %1).</translation>
    </message>
    <message>
        <source>Questionnaire for round %1 (%2) written to %3.</source>
        <translation>Questionnaire for round %1 (%2) written to %3.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</translation>
    </message>
    <message>
        <source>Report of round %1 (%2) written to %3.</source>
        <translation>Report of round %1 (%2) written to %3.</translation>
    </message>
    <message>
        <source>%1 change(s), %2 rejected cell(s).</source>
        <translation>%1 change(s), %2 rejected cell(s).</translation>
    </message>
    <message>
        <source>  rejected %1!%2: %3</source>
        <translation>  rejected %1!%2: %3</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to apply the accepted changes.</source>
        <translation>Nothing was changed. Run again with --yes to apply the accepted changes.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated.</source>
        <translation><numerusform>%n answer field updated.</numerusform><numerusform>%n answer fields updated.</numerusform></translation></message>
    <message>
        <source>%1: %2 texts missing (shown in English):</source>
        <translation>%1: %2 texts missing (shown in English):</translation>
    </message>
    <message>
        <source>%1 version %2: %3 areas, %4 options, content %5.</source>
        <translation>%1 version %2: %3 areas, %4 options, content %5.</translation>
    </message>
    <message>
        <source>%1: %2 texts missing (shown in English): %3</source>
        <translation>%1: %2 texts missing (shown in English): %3</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1: complete</translation>
    </message>
    <message>
        <source>change	%1	%2	%3	%4 -&gt; %5%6</source>
        <translation>change	%1	%2	%3	%4 -&gt; %5%6</translation>
    </message>
    <message>
        <source>conflict	%1	%2	%3	mine %4%5	theirs %6%7</source>
        <translation>conflict	%1	%2	%3	mine %4%5	theirs %6%7</translation>
    </message>
    <message>
        <source>held	%1	%2	%3	%4</source>
        <translation>held	%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records were matched by their stable ids only, and every difference is a conflict.</source>
        <translation>The two workspaces share no history: records were matched by their stable ids only, and every difference is a conflict.</translation>
    </message>
    <message>
        <source>0 change(s) applied, %1 conflict(s) unresolved; %2 change(s) ready. Run again with --yes to apply them, and --prefer mine|theirs to settle the conflicts.</source>
        <translation>0 change(s) applied, %1 conflict(s) unresolved; %2 change(s) ready. Run again with --yes to apply them, and --prefer mine|theirs to settle the conflicts.</translation>
    </message>
    <message>
        <source>%1 change(s) applied, %2 conflict(s): %3 settled with theirs, %4 kept as here, %5 unresolved; %6 held.</source>
        <translation>%1 change(s) applied, %2 conflict(s): %3 settled with theirs, %4 kept as here, %5 unresolved; %6 held.</translation>
    </message>
    <message>
        <source>The copy is always a workspace file; give a file name as TARGET.</source>
        <translation>The copy is always a workspace file; give a file name as TARGET.</translation>
    </message>
    <message>
        <source>%1 already exists. Give a new file name; nothing was overwritten.</source>
        <translation>%1 already exists. Give a new file name; nothing was overwritten.</translation>
    </message>
    <message>
        <source>Give a file name ending in .synergy (not %1).</source>
        <translation>Give a file name ending in .synergy (not %1).</translation>
    </message>
    <message>
        <source>Copy of %1 written to %2.</source>
        <translation>Copy of %1 written to %2.</translation>
    </message>
    <message>
        <source>%1 workspaces compared over %2 options; written to %3.</source>
        <translation>%1 workspaces compared over %2 options; written to %3.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>no round</source>
        <translation>no round</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>not discussed</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Comparison of teams</source>
        <translation>Comparison of teams</translation>
    </message>
    <message>
        <source>Ratings of each team, option by option</source>
        <translation>Ratings of each team, option by option</translation>
    </message>
    <message>
        <source>0 not started … 4 fully in place. Spread: the highest rating minus the lowest.</source>
        <translation>0 not started … 4 fully in place. Spread: the highest rating minus the lowest.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Round compared</source>
        <translation>Round compared</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Chart data</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Give at least two workspaces to compare.</source>
        <translation>Give at least two workspaces to compare.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>The sign and the colour of each direction (the words carry the meaning too).</extracomment>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>answered for the first time</source>
        <translation>answered for the first time</translation>
    </message>
    <message>
        <source>no longer answered</source>
        <translation>no longer answered</translation>
    </message>
    <message>
        <source>applicability changed</source>
        <translation>applicability changed</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removed: %1</translation>
    </message>
<message numerus="yes"><source>down %n step(s)</source><translation><numerusform>down %n step</numerusform><numerusform>down %n steps</numerusform></translation></message><message numerus="yes"><source>up %n step(s)</source><translation><numerusform>up %n step</numerusform><numerusform>up %n steps</numerusform></translation></message></context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Compare rounds</source>
        <translation>Compare rounds</translation>
    </message>
    <message>
        <source>This workspace has one round only. Start the next one with Assessment &gt; New round from this one, then compare them here.</source>
        <translation>This workspace has one round only. Start the next one with Assessment &gt; New round from this one, then compare them here.</translation>
    </message>
    <message>
        <source>&amp;Compare rounds…</source>
        <translation>&amp;Compare rounds…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>Choose two different rounds to compare.</translation>
    </message>
    <message>
        <source>Nothing changed between these rounds.</source>
        <translation>Nothing changed between these rounds.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Compare rounds</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Compare:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>&amp;with:</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Earlier round</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Later round</translation>
    </message>
    <message>
        <source>&amp;Only changes</source>
        <translation>&amp;Only changes</translation>
    </message>
    <message>
        <source>Options of both rounds</source>
        <translation>Options of both rounds</translation>
    </message>
    <message>
        <source>The selected option in both rounds</source>
        <translation>The selected option in both rounds</translation>
    </message>
    <message>
        <source>Score per area in both rounds</source>
        <translation>Score per area in both rounds</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>Compare workspaces</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Ratings of each team</source>
        <translation>Ratings of each team</translation>
    </message>
    <message>
        <source>Rounds compared: %1</source>
        <translation>Rounds compared: %1</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Earlier round</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Later round</translation>
    </message>
    <message>
        <source>Rating change</source>
        <translation>Rating change</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Other changes</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Someone else changed this answer</source>
        <translation>Someone else changed this answer</translation>
    </message>
    <message>
        <source>%1 of option %2 was changed by %3 (%4) while you were editing it.

Theirs: %5

Yours: %6

Which version should be kept?</source>
        <translation>%1 of option %2 was changed by %3 (%4) while you were editing it.

Theirs: %5

Yours: %6

Which version should be kept?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Here (mine)</translation>
    </message>
    <message>
        <source>In the other file (theirs)</source>
        <translation>In the other file (theirs)</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Changed here by</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>take theirs</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>keep mine</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>The workspace cannot be written to %1 (%2). Choose another place.</source>
        <translation>The workspace cannot be written to %1 (%2). Choose another place.</translation>
    </message>
</context>
<context>
    <name>Coordination</name>
    <message>
        <source>The mechanism needs a name.</source>
        <translation>The mechanism needs a name.</translation>
    </message>
    <message>
        <source>Planned meetings per year must be between 0 and 52.</source>
        <translation>Planned meetings per year must be between 0 and 52.</translation>
    </message>
    <message>
        <source>Choose a person from the register or type the name of an institution.</source>
        <translation>Choose a person from the register or type the name of an institution.</translation>
    </message>
    <message>
        <source>There is no person with id %1 in the register.</source>
        <translation>There is no person with id %1 in the register.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>This person is already a member.</translation>
    </message>
    <message>
        <source>Record meetings once they have taken place; the date is in the future.</source>
        <translation>Record meetings once they have taken place; the date is in the future.</translation>
    </message>
    <message>
        <source>There is no coordination mechanism with id %1.</source>
        <translation>There is no coordination mechanism with id %1.</translation>
    </message>
</context>
<context>
    <name>CoordinationView</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Legal basis or act:</source>
        <translation>&amp;Legal basis or act:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandate:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>Secre&amp;tariat:</source>
        <translation>Secre&amp;tariat:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>&amp;Planned meetings per year:</source>
        <translation>&amp;Planned meetings per year:</translation>
    </message>
    <message>
        <source>Coor&amp;dination mechanism:</source>
        <translation>Coor&amp;dination mechanism:</translation>
    </message>
    <message>
        <source>New mechanism…</source>
        <translation>New mechanism…</translation>
    </message>
    <message>
        <source>Delete mechanism…</source>
        <translation>Delete mechanism…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Members&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meetings held&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meetings held&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation>Record meeting…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Edit meeting…</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>Delete meeting…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet</source>
        <translation>No coordination mechanism is recorded yet</translation>
    </message>
    <message>
        <source>A national biodiversity committee or working group that brings the focal points of the different treaties together is option A2 of the framework. Record its legal basis, mandate and chair, its members from the register and the meetings it holds.</source>
        <translation>A national biodiversity committee or working group that brings the focal points of the different treaties together is option A2 of the framework. Record its legal basis, mandate and chair, its members from the register and the meetings it holds.</translation>
    </message>
    <message>
        <source>Add a mechanism…</source>
        <translation>Add a mechanism…</translation>
    </message>
    <message>
        <source>It meets less often than planned.</source>
        <translation>It meets less often than planned.</translation>
    </message>
    <message>
        <source>No focal point of these instruments is a member: %1.</source>
        <translation>No focal point of these instruments is a member: %1.</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>Coordination mechanism</translation>
    </message>
    <message>
        <source>New mechanism</source>
        <translation>New mechanism</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>National biodiversity committee</source>
        <translation>National biodiversity committee</translation>
    </message>
    <message>
        <source>Delete “%1” with its members and %2 recorded meetings? This cannot be undone.</source>
        <translation>Delete “%1” with its members and %2 recorded meetings? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete mechanism</source>
        <translation>Delete mechanism</translation>
    </message>
    <message>
        <source>Delete the meeting of %1?</source>
        <translation>Delete the meeting of %1?</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
<message numerus="yes"><source>Met %n time(s) in the last 12 months (planned: %1 a year).</source><translation><numerusform>Met %n time in the last 12 months (planned: %1 a year).</numerusform><numerusform>Met %n times in the last 12 months (planned: %1 a year).</numerusform></translation></message></context>
<context>
    <name>Country</name>
    <message>
        <source>Unknown instrument code: %1.</source>
        <translation>Unknown instrument code: %1.</translation>
    </message>
    <message>
        <source>An entry counts as out of date after 1 to 120 months without a check.</source>
        <translation>An entry counts as out of date after 1 to 120 months without a check.</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Country profile</source>
        <translation>Country profile</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Country name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO code</translation>
    </message>
    <message>
        <source>Months before an entry counts as out of date</source>
        <translation>Months before an entry counts as out of date</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>&amp;ISO code:</translation>
    </message>
    <message>
        <source>Entries are out of date after:</source>
        <translation>Entries are out of date after:</translation>
    </message>
    <message>
        <source>Instruments the country is Party to</source>
        <translation>Instruments the country is Party to</translation>
    </message>
    <message>
        <source>Instruments left unticked disappear from the coverage matrix, the reporting calendar, the alignment and the evidence on option pages; nothing is deleted, and they come back when ticked again.</source>
        <translation>Instruments left unticked disappear from the coverage matrix, the reporting calendar, the alignment and the evidence on option pages; nothing is deleted, and they come back when ticked again.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>missing: nobody is designated</source>
        <translation>missing: nobody is designated</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 (last verified: %2)</source>
        <translation>%1 (last verified: %2)</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Role %1</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>&amp;Custodian:</translation>
    </message>
    <message>
        <source>&amp;Updated:</source>
        <translation>&amp;Updated:</translation>
    </message>
    <message>
        <source>for example every year</source>
        <translation>for example every year</translation>
    </message>
    <message>
        <source>&amp;Last update:</source>
        <translation>&amp;Last update:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>&amp;Reports it feeds:</source>
        <translation>&amp;Reports it feeds:</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>Reports it feeds</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>%1 already holds assessments. The demo is only written into a new, empty workspace.</source>
        <translation>%1 already holds assessments. The demo is only written into a new, empty workspace.</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Round details</source>
        <translation>Round details</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>P&amp;articipants (one per line):</source>
        <translation>P&amp;articipants (one per line):</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong that Synergy Desktop did not expect. Your saved answers are safe. If it happens again, send the details below to your support contact.</source>
        <translation>Something went wrong that Synergy Desktop did not expect. Your saved answers are safe. If it happens again, send the details below to your support contact.</translation>
    </message>
    <message>
        <source>%1

The details are also in the log file %2.</source>
        <translation>%1

The details are also in the log file %2.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>The country profile excludes every instrument.</source>
        <translation>The country profile excludes every instrument.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled.</source>
        <translation>%1 of %2 roles filled.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; missing: %3.</source>
        <translation>%1 of %2 roles filled; missing: %3.</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>No coordination mechanism is recorded yet.</translation>
    </message>
    <message>
        <source>Focal points of %1 are not members of %2.</source>
        <translation>Focal points of %1 are not members of %2.</translation>
    </message>
    <message>
        <source>No national target is recorded yet (NBSAP alignment).</source>
        <translation>No national target is recorded yet (NBSAP alignment).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: %2 of %3 covered</translation>
    </message>
    <message>
        <source>No dataset is recorded yet (reporting calendar).</source>
        <translation>No dataset is recorded yet (reporting calendar).</translation>
    </message>
<message numerus="yes"><source>%1 met %n time(s) in the last 12 months (planned: %2 a year).</source><translation><numerusform>%1 met %n time in the last 12 months (planned: %2 a year).</numerusform><numerusform>%1 met %n times in the last 12 months (planned: %2 a year).</numerusform></translation></message><message numerus="yes"><source>%n dataset(s) recorded; %1 feed two or more reports.</source><translation><numerusform>%n dataset recorded; %1 feed two or more reports.</numerusform><numerusform>%n datasets recorded; %1 feed two or more reports.</numerusform></translation></message><message numerus="yes"><source>%n national target(s) recorded.</source><translation><numerusform>%n national target recorded.</numerusform><numerusform>%n national targets recorded.</numerusform></translation></message><message numerus="yes"><source>%n national target(s) serve no reference target: %1.</source><translation><numerusform>%n national target serves no reference target: %1.</numerusform><numerusform>%n national targets serve no reference target: %1.</numerusform></translation></message><message numerus="yes"><source>%n reporting obligation(s) in the calendar; %1 overdue.</source><translation><numerusform>%n reporting obligation in the calendar; %1 overdue.</numerusform><numerusform>%n reporting obligations in the calendar; %1 overdue.</numerusform></translation></message><message numerus="yes"><source>%n role(s) not verified in the last %1 months.</source><translation><numerusform>%n role not verified in the last %1 months.</numerusform><numerusform>%n roles not verified in the last %1 months.</numerusform></translation></message><message numerus="yes"><source>Next deadline: %1 %2 in %n day(s).</source><translation><numerusform>Next deadline: %1 %2 in %n day.</numerusform><numerusform>Next deadline: %1 %2 in %n days.</numerusform></translation></message></context>
<context>
    <name>Excel</name>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Option title</source>
        <translation>Option title</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>No next steps are recorded in this round yet.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Last changed by</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Coverage of focal-point roles</source>
        <translation>Coverage of focal-point roles</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 missing; %4 not verified in the last %5 months.</source>
        <translation>%1 of %2 roles filled; %3 missing; %4 not verified in the last %5 months.</translation>
    </message>
    <message>
        <source>✓ filled   ! not verified recently   ✗ missing</source>
        <translation>✓ filled   ! not verified recently   ✗ missing</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Role %1</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>No coordination mechanism is recorded yet.</translation>
    </message>
    <message>
        <source>Legal basis or act</source>
        <translation>Legal basis or act</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Planned meetings per year</source>
        <translation>Planned meetings per year</translation>
    </message>
    <message>
        <source>Meetings in the last 12 months</source>
        <translation>Meetings in the last 12 months</translation>
    </message>
    <message>
        <source>Instruments without a focal point among the members</source>
        <translation>Instruments without a focal point among the members</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Focal points</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>Designated</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No focal point is recorded in this workspace yet.</source>
        <translation>No focal point is recorded in this workspace yet.</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>NBSAP alignment</translation>
    </message>
    <message>
        <source>2 = direct contribution, 1 = partial contribution, empty = none.</source>
        <translation>2 = direct contribution, 1 = partial contribution, empty = none.</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>No national target is recorded in this workspace yet.</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>National target</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>Coverage and gaps</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: %2 of %3 covered</translation>
    </message>
    <message>
        <source>   not covered: %1 %2</source>
        <translation>   not covered: %1 %2</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>National targets that serve no reference target</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Synergies self-assessment – summary</source>
        <translation>Synergies self-assessment – summary</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Framework id and version</source>
        <translation>Framework id and version</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1, version %2 (content %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>No option has been answered in this round yet: every area below shows 0 of its options answered.</source>
        <translation>No option has been answered in this round yet: every area below shows 0 of its options answered.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of rated, applicable options ÷ 4; an empty score means no option of the area is rated yet.</source>
        <translation>Completeness = answered options ÷ all options. Score = mean rating (0-4) of rated, applicable options ÷ 4; an empty score means no option of the area is rated yet.</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>Completeness and score per area</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>Score per area</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Writing the instructions…</source>
        <translation>Writing the instructions…</translation>
    </message>
    <message>
        <source>Writing area %1…</source>
        <translation>Writing area %1…</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>Saving the workbook…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Synergies self-assessment – questionnaire</source>
        <translation>Synergies self-assessment – questionnaire</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Country: %1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Round: %1</translation>
    </message>
    <message>
        <source>Framework: %1, version %2</source>
        <translation>Framework: %1, version %2</translation>
    </message>
    <message>
        <source>How to fill in this questionnaire</source>
        <translation>How to fill in this questionnaire</translation>
    </message>
    <message>
        <source>1. Each sheet is one area of the framework; each row is one option. Read the option and its questions in the grey columns.</source>
        <translation>1. Each sheet is one area of the framework; each row is one option. Read the option and its questions in the grey columns.</translation>
    </message>
    <message>
        <source>2. Fill in the yellow cells only. Choose the rating and the priority from the drop-down lists; the other cells take free text.</source>
        <translation>2. Fill in the yellow cells only. Choose the rating and the priority from the drop-down lists; the other cells take free text.</translation>
    </message>
    <message>
        <source>3. Ratings: 0 not started, 1 planned or initial steps, 2 partly in place, 3 largely in place, 4 fully in place, NA not applicable, ND not yet discussed.</source>
        <translation>3. Ratings: 0 not started, 1 planned or initial steps, 2 partly in place, 3 largely in place, 4 fully in place, NA not applicable, ND not yet discussed.</translation>
    </message>
    <message>
        <source>4. Conventions concerned: codes separated by commas, from this list: %1.</source>
        <translation>4. Conventions concerned: codes separated by commas, from this list: %1.</translation>
    </message>
    <message>
        <source>5. Target dates as dates (for example 2027-06-30).</source>
        <translation>5. Target dates as dates (for example 2027-06-30).</translation>
    </message>
    <message>
        <source>6. Do not add, move or delete rows or sheets, and do not change the grey cells: the file is read back automatically.</source>
        <translation>6. Do not add, move or delete rows or sheets, and do not change the grey cells: the file is read back automatically.</translation>
    </message>
    <message>
        <source>7. Save the file as an Excel workbook (.xlsx) and send it back. The answers already given are filled in; change what is no longer true.</source>
        <translation>7. Save the file as an Excel workbook (.xlsx) and send it back. The answers already given are filled in; change what is no longer true.</translation>
    </message>
    <message>
        <source>What the option asks</source>
        <translation>What the option asks</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Choose a rating from the list.</source>
        <translation>Choose a rating from the list.</translation>
    </message>
    <message>
        <source>Type a date, for example 2027-06-30.</source>
        <translation>Type a date, for example 2027-06-30.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>in preparation</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Reporting calendar</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue on %3.</source>
        <translation>%1 obligations, %2 overdue on %3.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>no fixed date</translation>
    </message>
    <message>
        <source>The calendar is empty.</source>
        <translation>The calendar is empty.</translation>
    </message>
    <message>
        <source>Datasets and the reports they feed</source>
        <translation>Datasets and the reports they feed</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>Reports it feeds</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Writing sheets…</source>
        <translation>Writing sheets…</translation>
    </message>
    <message>
        <source>Long texts</source>
        <translation>Long texts</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Full text</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names left out of this export</source><translation><numerusform>%n participant; names left out of this export</numerusform><numerusform>%n participants; names left out of this export</numerusform></translation></message></context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Leave out personal data (names, e-mails, phones and addresses)</source>
        <translation>Leave out personal data (names, e-mails, phones and addresses)</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Option text</source>
        <translation>Option text</translation>
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
        <translation>&amp;Find…</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find in this round</source>
        <translation>Find in this round</translation>
    </message>
    <message>
        <source>&amp;Find in options, evidence, gaps and next steps:</source>
        <translation>&amp;Find in options, evidence, gaps and next steps:</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Words to find</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Places found</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>%n place found</numerusform>
            <numerusform>%n places found</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found in this round.</source>
        <translation>Nothing found in this round.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <extracomment>Instrument families ticked at first: every convention and protocol, and the GEF, which nearly every country takes part in. The team unticks what the country has not joined.</extracomment>
        <translation>Self-assessment %1</translation>
    </message>
    <message>
        <source>Set up the new workspace</source>
        <translation>Set up the new workspace</translation>
    </message>
    <message>
        <source>Set up the workspace for your country</source>
        <translation>Set up the workspace for your country</translation>
    </message>
    <message>
        <source>A few answers and the workspace is ready: the pages then show only the treaties the country is Party to, the reporting calendar starts from today, and the team can start answering. Everything can be changed later (File &gt; Country profile).</source>
        <translation>A few answers and the workspace is ready: the pages then show only the treaties the country is Party to, the reporting calendar starts from today, and the team can start answering. Everything can be changed later (File &gt; Country profile).</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>&amp;ISO code:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>for example Republic of Verdania</source>
        <translation>for example Republic of Verdania</translation>
    </message>
    <message>
        <source>for example Verdania (optional)</source>
        <translation>for example Verdania (optional)</translation>
    </message>
    <message>
        <source>three letters, for example VRD (optional)</source>
        <translation>three letters, for example VRD (optional)</translation>
    </message>
    <message>
        <source>shown in the history of every change you make</source>
        <translation>shown in the history of every change you make</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Country name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO code</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Treaties the country is &amp;Party to</source>
        <translation>Treaties the country is &amp;Party to</translation>
    </message>
    <message>
        <source>Untick those the country has not joined: their roles, reports and goals are then left out of the register, the calendar and the alignment.</source>
        <translation>Untick those the country has not joined: their roles, reports and goals are then left out of the register, the calendar and the alignment.</translation>
    </message>
    <message>
        <source>Start the first &amp;round of the self-assessment now</source>
        <translation>Start the first &amp;round of the self-assessment now</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>Title of the round</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace</source>
        <translation>&amp;Set up the workspace</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>A new person</source>
        <translation>A new person</translation>
    </message>
    <message>
        <source>Prefi&amp;x:</source>
        <translation>Prefi&amp;x:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Ins&amp;trument:</source>
        <translation>Ins&amp;trument:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Primary contact for this instrument</source>
        <translation>Primary contact for this instrument</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Designation date</source>
        <translation>Designation date</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Desi&amp;gnated on:</source>
        <translation>Desi&amp;gnated on:</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Date last verified</source>
        <translation>Date last verified</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>Last &amp;verified:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Date of the change</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>Hand-over note</translation>
    </message>
    <message>
        <source>What the new holder needs to know: open files, deadlines, contacts…</source>
        <translation>What the new holder needs to know: open files, deadlines, contacts…</translation>
    </message>
    <message>
        <source>Date of the &amp;change (YYYY-MM-DD):</source>
        <translation>Date of the &amp;change (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>&amp;Hand-over note:</source>
        <translation>&amp;Hand-over note:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The date of the change must be written as YYYY-MM-DD, not “%1”.</source>
        <translation>The date of the change must be written as YYYY-MM-DD, not “%1”.</translation>
    </message>
</context>
<context>
    <name>FocalPointModel</name>
    <message>
        <source>former holder until %1</source>
        <translation>former holder until %1</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>not verified recently</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>FocalPoints</name>
    <message>
        <source>This entry already belongs to a former holder.</source>
        <translation>This entry already belongs to a former holder.</translation>
    </message>
    <message>
        <source>The change cannot be dated before the previous holder was designated.</source>
        <translation>The change cannot be dated before the previous holder was designated.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Unknown instrument “%1”.</translation>
    </message>
    <message>
        <source>%1 has no role “%2”.</source>
        <translation>%1 has no role “%2”.</translation>
    </message>
    <message>
        <source>Give the institution of the focal point; it stays in exports even without personal data.</source>
        <translation>Give the institution of the focal point; it stays in exports even without personal data.</translation>
    </message>
    <message>
        <source>Give a name, or at least the position, of the person who holds the role.</source>
        <translation>Give a name, or at least the position, of the person who holds the role.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (expected something like name@ministry.gov).</source>
        <translation>“%1” is not a valid e-mail address (expected something like name@ministry.gov).</translation>
    </message>
    <message>
        <source>The date last verified cannot be in the future.</source>
        <translation>The date last verified cannot be in the future.</translation>
    </message>
    <message>
        <source>The entry cannot have been verified before the designation.</source>
        <translation>The entry cannot have been verified before the designation.</translation>
    </message>
    <message>
        <source>%1 can have only one holder, and %2 holds it. Use “Change holder” to record a new holder.</source>
        <translation>%1 can have only one holder, and %2 holds it. Use “Change holder” to record a new holder.</translation>
    </message>
    <message>
        <source>There is no focal-point entry with id %1.</source>
        <translation>There is no focal-point entry with id %1.</translation>
    </message>
</context>
<context>
    <name>FocalPointsView</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>Instit&amp;ution:</source>
        <translation>Instit&amp;ution:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Change holder…</source>
        <translation>&amp;Change holder…</translation>
    </message>
    <message>
        <source>Show for&amp;mer holders</source>
        <translation>Show for&amp;mer holders</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;t…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;port…</translation>
    </message>
    <message>
        <source>Import focal points from a spreadsheet (Excel workbook or CSV file)</source>
        <translation>Import focal points from a spreadsheet (Excel workbook or CSV file)</translation>
    </message>
    <message>
        <source>Add a focal point…</source>
        <translation>Add a focal point…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Import from a spreadsheet…</translation>
    </message>
    <message>
        <source>name, e-mail, position…</source>
        <translation>name, e-mail, position…</translation>
    </message>
    <message>
        <source>Focal points and authorities</source>
        <translation>Focal points and authorities</translation>
    </message>
    <message>
        <source>Coverage of roles</source>
        <translation>Coverage of roles</translation>
    </message>
    <message>
        <source>Details of the chosen entry</source>
        <translation>Details of the chosen entry</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage: every role of every instrument the country is Party to&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coverage: every role of every instrument the country is Party to&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>No focal point is recorded yet</source>
        <translation>No focal point is recorded yet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>✓ filled (green)   ! not verified in the last %1 months (amber)   ✗ missing (red) — %2 of %3 roles filled, %4 missing</source>
        <translation>✓ filled (green)   ! not verified in the last %1 months (amber)   ✗ missing (red) — %2 of %3 roles filled, %4 missing</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an entry to see its details, hand-over note and the former holders of the role.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select an entry to see its details, hand-over note and the former holders of the role.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Former holders</source>
        <translation>Former holders</translation>
    </message>
    <message>
        <source>Add a focal point</source>
        <translation>Add a focal point</translation>
    </message>
    <message>
        <source>Edit focal point</source>
        <translation>Edit focal point</translation>
    </message>
    <message>
        <source>Change holder</source>
        <translation>Change holder</translation>
    </message>
    <message>
        <source>Delete the entry “%1” for %2? Use “Change holder” instead when somebody else took over: it keeps the history.</source>
        <translation>Delete the entry “%1” for %2? Use “Change holder” instead when somebody else took over: it keeps the history.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
<message numerus="yes"><source>Record who holds each focal point and authority role of the treaties the country is Party to; the matrix below shows the %n role(s) to fill. If the team already keeps a list in a spreadsheet, import it: every row is checked and shown to you before anything is added.</source><translation><numerusform>Record who holds each focal point and authority role of the treaties the country is Party to; the matrix below shows the %n role to fill. If the team already keeps a list in a spreadsheet, import it: every row is checked and shown to you before anything is added.</numerusform><numerusform>Record who holds each focal point and authority role of the treaties the country is Party to; the matrix below shows the %n roles to fill. If the team already keeps a list in a spreadsheet, import it: every row is checked and shown to you before anything is added.</numerusform></translation></message></context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <source>Add a reference framework</source>
        <translation>Add a reference framework</translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation>Short &amp;code:</translation>
    </message>
    <message>
        <source>for example AU-STRATEGY</source>
        <translation>for example AU-STRATEGY</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>decision or resolution that adopted it</source>
        <translation>decision or resolution that adopted it</translation>
    </message>
    <message>
        <source>&amp;Goals or targets:</source>
        <translation>&amp;Goals or targets:</translation>
    </message>
    <message>
        <source>One per line, as “code: title”, for example
G1: Reduce threats to species</source>
        <translation>One per line, as “code: title”, for example
G1: Reduce threats to species</translation>
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
        <translation>%1 of %2 options answered</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>not yet discussed</source>
        <translation>not yet discussed</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Area and option</source>
        <translation>Area and option</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>a word or a phrase, for example round</source>
        <translation>a word or a phrase, for example round</translation>
    </message>
    <message>
        <source>Search the user guide</source>
        <translation>Search the user guide</translation>
    </message>
    <message>
        <source>Sections of the user guide</source>
        <translation>Sections of the user guide</translation>
    </message>
    <message>
        <source>Places found in the user guide</source>
        <translation>Places found in the user guide</translation>
    </message>
    <message>
        <source>Text of the user guide</source>
        <translation>Text of the user guide</translation>
    </message>
    <message>
        <source>%1 – User guide</source>
        <translation>%1 – User guide</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Type at least two letters.</translation>
    </message>
    <message>
        <source>No place in the guide contains “%1”.</source>
        <translation>No place in the guide contains “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>%n place found</numerusform>
            <numerusform>%n places found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import national targets</source>
        <translation>Import national targets</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2: %3 target(s) will be added; %4 row(s) are rejected and will not be imported.</source>
        <translation>Sheet “%1” of %2: %3 target(s) will be added; %4 row(s) are rejected and will not be imported.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Lead institution</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Targets to add</source>
        <translation>Targets to add</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message numerus="yes">
        <source>Import %n target(s)</source>
        <translation>
            <numerusform>Import %n target</numerusform>
            <numerusform>Import %n targets</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;To be added&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rejected rows&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>0 – not started</source>
        <translation>0 – not started</translation>
    </message>
    <message>
        <source>1 – planned or initial steps</source>
        <translation>1 – planned or initial steps</translation>
    </message>
    <message>
        <source>2 – partly in place</source>
        <translation>2 – partly in place</translation>
    </message>
    <message>
        <source>3 – largely in place</source>
        <translation>3 – largely in place</translation>
    </message>
    <message>
        <source>4 – fully in place</source>
        <translation>4 – fully in place</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Not yet discussed</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Conventions concerned</source>
        <translation>Conventions concerned</translation>
    </message>
    <message>
        <source>Responsible institution(s)</source>
        <translation>Responsible institution(s)</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Evidence and notes</translation>
    </message>
    <message>
        <source>Gaps and obstacles</source>
        <translation>Gaps and obstacles</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>Nothing has been done yet.</translation>
    </message>
    <message>
        <source>The step is planned or the first actions have started.</source>
        <translation>The step is planned or the first actions have started.</translation>
    </message>
    <message>
        <source>Some elements work, but important parts are missing.</source>
        <translation>Some elements work, but important parts are missing.</translation>
    </message>
    <message>
        <source>Most elements work; a few gaps remain.</source>
        <translation>Most elements work; a few gaps remain.</translation>
    </message>
    <message>
        <source>The option is fully in place and works in practice.</source>
        <translation>The option is fully in place and works in practice.</translation>
    </message>
    <message>
        <source>The option does not apply to this country; it is left out of the scores.</source>
        <translation>The option does not apply to this country; it is left out of the scores.</translation>
    </message>
    <message>
        <source>The team has not discussed this option yet.</source>
        <translation>The team has not discussed this option yet.</translation>
    </message>
    <message>
        <source>focal-point register</source>
        <translation>focal-point register</translation>
    </message>
    <message>
        <source>coordination mechanism</source>
        <translation>coordination mechanism</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>NBSAP alignment</translation>
    </message>
    <message>
        <source>reporting calendar</source>
        <translation>reporting calendar</translation>
    </message>
    <message>
        <source>shared datasets</source>
        <translation>shared datasets</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Open &amp;demo workspace</translation>
    </message>
    <message>
        <source>&amp;Export summary…</source>
        <translation>&amp;Export summary…</translation>
    </message>
    <message>
        <source>Open team ser&amp;ver workspace…</source>
        <translation>Open team ser&amp;ver workspace…</translation>
    </message>
    <message>
        <source>Export q&amp;uestionnaire…</source>
        <translation>Export q&amp;uestionnaire…</translation>
    </message>
    <message>
        <source>&amp;Import questionnaire…</source>
        <translation>&amp;Import questionnaire…</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>Save workspace &amp;as…</translation>
    </message>
    <message>
        <source>Country &amp;profile…</source>
        <translation>Country &amp;profile…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>&amp;Focal points</translation>
    </message>
    <message>
        <source>&amp;Coordination</source>
        <translation>&amp;Coordination</translation>
    </message>
    <message>
        <source>&amp;NBSAP alignment</source>
        <translation>&amp;NBSAP alignment</translation>
    </message>
    <message>
        <source>&amp;Reporting calendar</source>
        <translation>&amp;Reporting calendar</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Close workspace</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Your &amp;name…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;New round…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Round &amp;details…</source>
        <translation>Round &amp;details…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>New round from &amp;this one…</source>
        <translation>New round from &amp;this one…</translation>
    </message>
    <message>
        <source>De&amp;lete round…</source>
        <translation>De&amp;lete round…</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>Lar&amp;ger text</translation>
    </message>
    <message>
        <source>Nor&amp;mal text size</source>
        <translation>Nor&amp;mal text size</translation>
    </message>
    <message>
        <source>Ne&amp;xt option</source>
        <translation>Ne&amp;xt option</translation>
    </message>
    <message>
        <source>&amp;Previous option</source>
        <translation>&amp;Previous option</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;History panel</source>
        <translation>&amp;History panel</translation>
    </message>
    <message>
        <source>&amp;About Synergy Desktop</source>
        <translation>&amp;About Synergy Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Round: </source>
        <translation>&amp;Round: </translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Assessment round</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
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
        <translation>no contribution</translation>
    </message>
    <message>
        <source>partial contribution</source>
        <translation>partial contribution</translation>
    </message>
    <message>
        <source>direct contribution</source>
        <translation>direct contribution</translation>
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
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>Record a meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation>D&amp;ecisions:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Next steps:</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>(an institution, not a person of the register)</source>
        <translation>(an institution, not a person of the register)</translation>
    </message>
    <message>
        <source>Person from the register</source>
        <translation>Person from the register</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1 cannot be merged: its records are damaged or incomplete. Nothing was changed; ask for a fresh copy.</source>
        <translation>%1 cannot be merged: its records are damaged or incomplete. Nothing was changed; ask for a fresh copy.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its round “%2” was answered against the framework %3 version %4, and this workspace uses %5 version %6. Nothing was changed.</source>
        <translation>%1 cannot be merged: its round “%2” was answered against the framework %3 version %4, and this workspace uses %5 version %6. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is this workspace itself; choose another file to merge.</source>
        <translation>%1 is this workspace itself; choose another file to merge.</translation>
    </message>
    <message>
        <source>The merge was not applied (%1). Nothing was changed.</source>
        <translation>The merge was not applied (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>merged from %1</translation>
    </message>
    <message>
        <source>kept this workspace's value</source>
        <translation>kept this workspace's value</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Country profile</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Focal point</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>Coordination mechanism</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>National target</translation>
    </message>
    <message>
        <source>Reference framework</source>
        <translation>Reference framework</translation>
    </message>
    <message>
        <source>Framework target</source>
        <translation>Framework target</translation>
    </message>
    <message>
        <source>Alignment cell</source>
        <translation>Alignment cell</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Reporting obligation</source>
        <translation>Reporting obligation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO code</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Instruments left out</source>
        <translation>Instruments left out</translation>
    </message>
    <message>
        <source>Months before an entry needs checking</source>
        <translation>Months before an entry needs checking</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>Designated on</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>Hand-over note</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Successor</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Meetings per year</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>NBSAP version</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Lead institution</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>Reference target</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>Every (months)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Due date precision</source>
        <translation>Due date precision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(whole record)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation></message>
    <message>
        <source>The round is finalised here.</source>
        <translation>The round is finalised here.</translation>
    </message>
    <message>
        <source>It belongs to a record that is not in this workspace.</source>
        <translation>It belongs to a record that is not in this workspace.</translation>
    </message>
    <message>
        <source>This workspace has another framework with the same key.</source>
        <translation>This workspace has another framework with the same key.</translation>
    </message>
    <message>
        <source>Records added here still refer to it.</source>
        <translation>Records added here still refer to it.</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>Synergy workspaces (*.synergy);;All files (*)</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>It failed: %1</translation>
    </message>
    <message>
        <source>Merge another workspace</source>
        <translation>Merge another workspace</translation>
    </message>
    <message>
        <source>Reading the other workspace…</source>
        <translation>Reading the other workspace…</translation>
    </message>
    <message>
        <source>%1 holds nothing that this workspace does not have already.</source>
        <translation>%1 holds nothing that this workspace does not have already.</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed.</source>
        <translation>Merge cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>Merged %1: %2 change(s) applied, %3 conflict(s) kept as here, %4 left undecided, %5 held.</source>
        <translation>Merged %1: %2 change(s) applied, %3 conflict(s) kept as here, %4 left undecided, %5 held.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Saving a copy…</translation>
    </message>
    <message>
        <source>A copy was saved to %1; you are still working in %2.</source>
        <translation>A copy was saved to %1; you are still working in %2.</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>Compare workspaces</translation>
    </message>
    <message>
        <source>Choose two or more workspaces (hold Ctrl to choose several).</source>
        <translation>Choose two or more workspaces (hold Ctrl to choose several).</translation>
    </message>
    <message>
        <source>Reading the workspaces…</source>
        <translation>Reading the workspaces…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Comparison written to %1</source>
        <translation>Comparison written to %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>The workbook cannot be written to %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Merge another workspace…</source>
        <translation>&amp;Merge another workspace…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Save a cop&amp;y…</translation>
    </message>
    <message>
        <source>Compare &amp;workspaces…</source>
        <translation>Compare &amp;workspaces…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another workspace</source>
        <translation>Merge another workspace</translation>
    </message>
    <message>
        <source>%1: %2 change(s) come in; %3 conflict(s) need your choice; %4 change(s) are held and not applied. A backup copy is made before anything is written.</source>
        <translation>%1: %2 change(s) come in; %3 conflict(s) need your choice; %4 change(s) are held and not applied. A backup copy is made before anything is written.</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records are matched by their stable ids only, and every difference is a conflict.</source>
        <translation>The two workspaces share no history: records are matched by their stable ids only, and every difference is a conflict.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Incoming changes</source>
        <translation>Incoming changes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Held changes</source>
        <translation>Held changes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incoming changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Incoming changes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (tick to take theirs)</source>
        <translation>&lt;b&gt;Conflicts&lt;/b&gt; (tick to take theirs)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held&lt;/b&gt; (reported, not applied)</source>
        <translation>&lt;b&gt;Held&lt;/b&gt; (reported, not applied)</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Keep all mine</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Take all theirs</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>Nbsap</name>
    <message>
        <source>A national target needs a code, for example T1 or 3.2.</source>
        <translation>A national target needs a code, for example T1 or 3.2.</translation>
    </message>
    <message>
        <source>“%1” is not a usable code: use letters, digits, dots or dashes, at most 30.</source>
        <translation>“%1” is not a usable code: use letters, digits, dots or dashes, at most 30.</translation>
    </message>
    <message>
        <source>A national target needs a title.</source>
        <translation>A national target needs a title.</translation>
    </message>
    <message>
        <source>The title is too long (at most 500 characters).</source>
        <translation>The title is too long (at most 500 characters).</translation>
    </message>
    <message>
        <source>There is already a national target with the code “%1”.</source>
        <translation>There is already a national target with the code “%1”.</translation>
    </message>
    <message>
        <source>There is no national target with id %1.</source>
        <translation>There is no national target with id %1.</translation>
    </message>
    <message>
        <source>There is no reference framework “%1”.</source>
        <translation>There is no reference framework “%1”.</translation>
    </message>
    <message>
        <source>Give the framework a short code (letters, digits, dots or dashes).</source>
        <translation>Give the framework a short code (letters, digits, dots or dashes).</translation>
    </message>
    <message>
        <source>A framework with the code “%1” exists already.</source>
        <translation>A framework with the code “%1” exists already.</translation>
    </message>
    <message>
        <source>Give the framework a name.</source>
        <translation>Give the framework a name.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Unknown instrument “%1”.</translation>
    </message>
    <message>
        <source>List at least one goal or target, one per line as “code: title”.</source>
        <translation>List at least one goal or target, one per line as “code: title”.</translation>
    </message>
    <message>
        <source>Each goal needs its own short code and a title, one per line as “code: title”.</source>
        <translation>Each goal needs its own short code and a title, one per line as “code: title”.</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>Only frameworks added in this workspace can be deleted.</translation>
    </message>
    <message>
        <source>%1 has no target “%2”.</source>
        <translation>%1 has no target “%2”.</translation>
    </message>
</context>
<context>
    <name>NbsapView</name>
    <message>
        <source>Alignment</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <source>&lt;b&gt;National targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;National targets&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;t…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Reference frame&amp;work:</source>
        <translation>Reference frame&amp;work:</translation>
    </message>
    <message>
        <source>Add a framework…</source>
        <translation>Add a framework…</translation>
    </message>
    <message>
        <source>Delete framework…</source>
        <translation>Delete framework…</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>Only frameworks added in this workspace can be deleted.</translation>
    </message>
    <message>
        <source>&amp;Note on cell…</source>
        <translation>&amp;Note on cell…</translation>
    </message>
    <message>
        <source>National targets</source>
        <translation>National targets</translation>
    </message>
    <message>
        <source>No national target is recorded yet</source>
        <translation>No national target is recorded yet</translation>
    </message>
    <message>
        <source>Add the targets of your NBSAP, or import them from an Excel sheet with a “Code” and a “Title” column. Then mark which global targets each one serves (the Kunming-Montreal framework and the goals of the other conventions), and see the gaps both ways.</source>
        <translation>Add the targets of your NBSAP, or import them from an Excel sheet with a “Code” and a “Title” column. Then mark which global targets each one serves (the Kunming-Montreal framework and the goals of the other conventions), and see the gaps both ways.</translation>
    </message>
    <message>
        <source>Add a target…</source>
        <translation>Add a target…</translation>
    </message>
    <message>
        <source>Import targets from Excel…</source>
        <translation>Import targets from Excel…</translation>
    </message>
    <message>
        <source>Alignment matrix</source>
        <translation>Alignment matrix</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>Coverage and gaps</translation>
    </message>
    <message>
        <source>● direct contribution   ◐ partial   (empty) none. Keys: 2 direct, 1 partial, 0 none, Space cycles, F2 opens a list. Point at a cell for the target's title.</source>
        <translation>● direct contribution   ◐ partial   (empty) none. Keys: 2 direct, 1 partial, 0 none, Space cycles, F2 opens a list. Point at a cell for the target's title.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>%1 of %2 covered (%3%)</source>
        <translation>%1 of %2 covered (%3%)</translation>
    </message>
    <message>
        <source>Coverage of each framework</source>
        <translation>Coverage of each framework</translation>
    </message>
    <message>
        <source>Reference targets no national target covers</source>
        <translation>Reference targets no national target covers</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>National targets that serve no reference target</translation>
    </message>
    <message>
        <source>Add a national target</source>
        <translation>Add a national target</translation>
    </message>
    <message>
        <source>Edit national target</source>
        <translation>Edit national target</translation>
    </message>
    <message>
        <source>Delete the national target %1 “%2” and its alignments?</source>
        <translation>Delete the national target %1 “%2” and its alignments?</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Delete target</translation>
    </message>
    <message>
        <source>Import national targets</source>
        <translation>Import national targets</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n national target(s) added.</source>
        <translation>
            <numerusform>%n national target added.</numerusform>
            <numerusform>%n national targets added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the reference framework “%1” and every alignment to it? This cannot be undone.</source>
        <translation>Delete the reference framework “%1” and every alignment to it? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete framework</source>
        <translation>Delete framework</translation>
    </message>
    <message>
        <source>Note on the alignment</source>
        <translation>Note on the alignment</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Cycle:</translation>
    </message>
    <message>
        <source>Repeats e&amp;very:</source>
        <translation>Repeats e&amp;very:</translation>
    </message>
    <message>
        <source>does not repeat</source>
        <translation>does not repeat</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Date &amp;precision:</source>
        <translation>Date &amp;precision:</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>exact day</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>month only</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>year only</translation>
    </message>
    <message>
        <source>Responsible &amp;focal point:</source>
        <translation>Responsible &amp;focal point:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
</context>
<context>
    <name>OptionText</name>
    <message>
        <source>Area %1: %2</source>
        <translation>Area %1: %2</translation>
    </message>
    <message>
        <source>What “fully in place” looks like</source>
        <translation>What “fully in place” looks like</translation>
    </message>
    <message>
        <source>Questions for the team</source>
        <translation>Questions for the team</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Good practice: this option does not rest on a specific decision or resolution.</source>
        <translation>Good practice: this option does not rest on a specific decision or resolution.</translation>
    </message>
    <message>
        <source>Related evidence in this workspace:</source>
        <translation>Related evidence in this workspace:</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Focal points</source>
        <translation>Focal points</translation>
    </message>
    <message>
        <source>Upcoming reporting deadlines</source>
        <translation>Upcoming reporting deadlines</translation>
    </message>
    <message>
        <source>Open the walk-through</source>
        <translation>Open the walk-through</translation>
    </message>
    <message>
        <source>Answers and score per area</source>
        <translation>Answers and score per area</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>Score per area</translation>
    </message>
    <message>
        <source>Progress per area</source>
        <translation>Progress per area</translation>
    </message>
    <message>
        <source>Score per area across rounds</source>
        <translation>Score per area across rounds</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>Open the register</translation>
    </message>
    <message>
        <source>Open the alignment</source>
        <translation>Open the alignment</translation>
    </message>
    <message>
        <source>NBSAP coverage per framework</source>
        <translation>NBSAP coverage per framework</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <source>Overview of the round</source>
        <translation>Overview of the round</translation>
    </message>
    <message>
        <source>Options answered</source>
        <translation>Options answered</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Targets covered</source>
        <translation>Targets covered</translation>
    </message>
    <message>
        <source>%1 filled   %2 not verified recently   %3 missing</source>
        <translation>%1 filled   %2 not verified recently   %3 missing</translation>
    </message>
    <message>
        <source>Country not named yet (File &gt; Country profile…)</source>
        <translation>Country not named yet (File &gt; Country profile…)</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>No round yet.</translation>
    </message>
    <message>
        <source>score %1%</source>
        <translation>score %1%</translation>
    </message>
    <message>
        <source>no rating yet</source>
        <translation>no rating yet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 options answered; %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 options answered; %4.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 answered, score %5</source>
        <translation>%1 %2: %3 of %4 answered, score %5</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled&lt;br&gt;%3 missing, %4 not verified in the last %5 months.</source>
        <translation>%1 of %2 roles filled&lt;br&gt;%3 missing, %4 not verified in the last %5 months.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: %2 of %3 covered</translation>
    </message>
    <message>
        <source>No dated report is open.</source>
        <translation>No dated report is open.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Your copy of the demo</source>
        <translation>Your copy of the demo</translation>
    </message>
    <message>
        <source>You get your own copy of the demo country, to change as you like. Your changes are recorded under your name. Type the name to show:</source>
        <translation>You get your own copy of the demo country, to change as you like. Your changes are recorded under your name. Type the name to show:</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Presenter mode: press F11 to leave it.</source>
        <translation>Presenter mode: press F11 to leave it.</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Presenter mode</translation>
    </message>
    <message>
        <source>High con&amp;trast</source>
        <translation>High con&amp;trast</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import questionnaire</source>
        <translation>Import questionnaire</translation>
    </message>
    <message>
        <source>%1: %2 change(s) will be applied; %3 cell(s) are rejected and will not be imported.</source>
        <translation>%1: %2 change(s) will be applied; %3 cell(s) are rejected and will not be imported.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>Rejected cells</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Apply %n change</numerusform>
            <numerusform>Apply %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Changes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected cells&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rejected cells&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>unknown rating “%1”</source>
        <translation>unknown rating “%1”</translation>
    </message>
    <message>
        <source>unknown priority “%1”</source>
        <translation>unknown priority “%1”</translation>
    </message>
    <message>
        <source>the list of conventions is far too long</source>
        <translation>the list of conventions is far too long</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1” is not a date</translation>
    </message>
    <message>
        <source>the date %1 is not a plausible target date (%2 to %3)</source>
        <translation>the date %1 is not a plausible target date (%2 to %3)</translation>
    </message>
    <message>
        <source>%1 is not a Synergy Desktop questionnaire (its identification sheet is missing). Export a questionnaire from the app and fill that in; nothing was imported.</source>
        <translation>%1 is not a Synergy Desktop questionnaire (its identification sheet is missing). Export a questionnaire from the app and fill that in; nothing was imported.</translation>
    </message>
    <message>
        <source>%1 cannot be read: its hidden identification sheet is damaged. Ask for a new copy, or export a new questionnaire; nothing was imported.</source>
        <translation>%1 cannot be read: its hidden identification sheet is damaged. Ask for a new copy, or export a new questionnaire; nothing was imported.</translation>
    </message>
    <message>
        <source>%1 is a questionnaire of a format this version does not know; nothing was imported.</source>
        <translation>%1 is a questionnaire of a format this version does not know; nothing was imported.</translation>
    </message>
    <message>
        <source>%1 was made for a different framework version (%2 %3) than this round uses (%4 %5). Export a new questionnaire for this round; nothing was imported.</source>
        <translation>%1 was made for a different framework version (%2 %3) than this round uses (%4 %5). Export a new questionnaire for this round; nothing was imported.</translation>
    </message>
    <message>
        <source>this sheet holds options but its hidden first cell no longer names an area; the sheet was not read</source>
        <translation>this sheet holds options but its hidden first cell no longer names an area; the sheet was not read</translation>
    </message>
    <message>
        <source>the row of option %1 is missing (deleted, or its id changed); it was not read</source>
        <translation>the row of option %1 is missing (deleted, or its id changed); it was not read</translation>
    </message>
    <message>
        <source>%1 appears on more than one row (%2) with different answers; none of them was read</source>
        <translation>%1 appears on more than one row (%2) with different answers; none of them was read</translation>
    </message>
    <message>
        <source>the option id was edited (row %1); the row was skipped</source>
        <translation>the option id was edited (row %1); the row was skipped</translation>
    </message>
    <message>
        <source>option %1 belongs on the sheet of area %2 (wrong sheet)</source>
        <translation>option %1 belongs on the sheet of area %2 (wrong sheet)</translation>
    </message>
    <message>
        <source>questionnaire %1</source>
        <translation>questionnaire %1</translation>
    </message>
<message numerus="yes"><source>the sheet of area %1 is missing (deleted, or its hidden first cell changed); its %n option(s) were not read</source><translation><numerusform>the sheet of area %1 is missing (deleted, or its hidden first cell changed); its %n option were not read</numerusform><numerusform>the sheet of area %1 is missing (deleted, or its hidden first cell changed); its %n options were not read</numerusform></translation></message></context>
<context>
    <name>QuestionnaireActions</name>
    <message>
        <source>Export questionnaire</source>
        <translation>Export questionnaire</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the questionnaire</source>
        <translation>Exporting the questionnaire</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Questionnaire written to %1</source>
        <translation>Questionnaire written to %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>The workbook cannot be written to %1 (%2).</translation>
    </message>
    <message>
        <source>Import questionnaire</source>
        <translation>Import questionnaire</translation>
    </message>
    <message>
        <source>This round is finalised. Start a new round from it to import answers.</source>
        <translation>This round is finalised. Start a new round from it to import answers.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated from %1</source>
        <translation>
            <numerusform>%n answer field updated from %1</numerusform>
            <numerusform>%n answer fields updated from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>“%1” in the column %2 is not a date (YYYY-MM-DD)</source>
        <translation>“%1” in the column %2 is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”</source>
        <translation>Unknown instrument “%1”</translation>
    </message>
    <message>
        <source>No instrument given</source>
        <translation>No instrument given</translation>
    </message>
    <message>
        <source>The country is not Party to %1 (File &gt; Country profile)</source>
        <translation>The country is not Party to %1 (File &gt; Country profile)</translation>
    </message>
    <message>
        <source>%1 has no role “%2”</source>
        <translation>%1 has no role “%2”</translation>
    </message>
    <message>
        <source>%1 already has a holder in the register (%2); use “Change holder”</source>
        <translation>%1 already has a holder in the register (%2); use “Change holder”</translation>
    </message>
    <message>
        <source>%1 is given again (first on row %2)</source>
        <translation>%1 is given again (first on row %2)</translation>
    </message>
    <message>
        <source>%1 is already in the register as %2</source>
        <translation>%1 is already in the register as %2</translation>
    </message>
    <message>
        <source>The same row appears again (first on row %1)</source>
        <translation>The same row appears again (first on row %1)</translation>
    </message>
    <message>
        <source>%1 has no header row with “Instrument” and “Role” columns. Add one above the focal points and try again; nothing was imported.</source>
        <translation>%1 has no header row with “Instrument” and “Role” columns. Add one above the focal points and try again; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import focal points</source>
        <translation>Import focal points</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2</source>
        <translation>Sheet “%1” of %2</translation>
    </message>
    <message>
        <source>%1: %2 focal point(s) will be added; %3 row(s) are rejected and will not be imported. Correct them in the file and import it again, or add them by hand afterwards.</source>
        <translation>%1: %2 focal point(s) will be added; %3 row(s) are rejected and will not be imported. Correct them in the file and import it again, or add them by hand afterwards.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Focal points to add</source>
        <translation>Focal points to add</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;To be added&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rejected rows&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
<message numerus="yes"><source>%n focal point(s) added.</source><translation><numerusform>%n focal point added.</numerusform><numerusform>%n focal points added.</numerusform></translation></message><message numerus="yes"><source>Import %n focal point(s)</source><translation><numerusform>Import %n focal point</numerusform><numerusform>Import %n focal points</numerusform></translation></message></context>
<context>
    <name>Report</name>
    <message>
        <source>%1 of %2 options answered; score %3.</source>
        <translation>%1 of %2 options answered; score %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Annex: the framework and its bases</source>
        <translation>Annex: the framework and its bases</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1, version %2 (content %3)</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>Framework version</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Rating scale</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>What each option rests on</source>
        <translation>What each option rests on</translation>
    </message>
    <message>
        <source>Good practice (no decision or resolution text)</source>
        <translation>Good practice (no decision or resolution text)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>Bases</translation>
    </message>
    <message>
        <source>Synergies self-assessment report</source>
        <translation>Synergies self-assessment report</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>Date of this report</translation>
    </message>
    <message>
        <source>Country not set</source>
        <translation>Country not set</translation>
    </message>
    <message>
        <source>This report was written by Synergy Desktop from the team's answers. Each option is rated from 0 (not started) to 4 (fully in place); the annex explains the scale and lists the texts each option rests on.</source>
        <translation>This report was written by Synergy Desktop from the team's answers. Each option is rated from 0 (not started) to 4 (fully in place); the annex explains the scale and lists the texts each option rests on.</translation>
    </message>
    <message>
        <source>Names, e-mail addresses and telephone numbers are left out of this report.</source>
        <translation>Names, e-mail addresses and telephone numbers are left out of this report.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>%1 of %2 options answered; no option is rated yet.</source>
        <translation>%1 of %2 options answered; no option is rated yet.</translation>
    </message>
    <message>
        <source>%1 of %2 options answered (%3); overall score %4.</source>
        <translation>%1 of %2 options answered (%3); overall score %4.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>Completeness and score per area</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of the rated, applicable options ÷ 4.</source>
        <translation>Completeness = answered options ÷ all options. Score = mean rating (0-4) of the rated, applicable options ÷ 4.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — next step by %2</source>
        <translation>%1 — next step by %2</translation>
    </message>
    <message>
        <source>Strongest options</source>
        <translation>Strongest options</translation>
    </message>
    <message>
        <source>No option is rated 3 or 4 yet.</source>
        <translation>No option is rated 3 or 4 yet.</translation>
    </message>
    <message>
        <source>Weakest options</source>
        <translation>Weakest options</translation>
    </message>
    <message>
        <source>No option is rated 0 or 1.</source>
        <translation>No option is rated 0 or 1.</translation>
    </message>
    <message>
        <source>Top priorities</source>
        <translation>Top priorities</translation>
    </message>
    <message>
        <source>No option is marked as a high priority yet.</source>
        <translation>No option is marked as a high priority yet.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>no fixed date</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>No next steps are recorded in this round yet.</translation>
    </message>
    <message>
        <source>Every next step recorded in this round, soonest first; steps without a target date come last.</source>
        <translation>Every next step recorded in this round, soonest first; steps without a target date come last.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>filled</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>not verified recently</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacant</translation>
    </message>
    <message>
        <source>Focal-point coverage</source>
        <translation>Focal-point coverage</translation>
    </message>
    <message>
        <source>No focal-point roles apply.</source>
        <translation>No focal-point roles apply.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 vacant; %4 not verified in the last %5 months.</source>
        <translation>%1 of %2 roles filled; %3 vacant; %4 not verified in the last %5 months.</translation>
    </message>
    <message>
        <source>Vacant roles</source>
        <translation>Vacant roles</translation>
    </message>
    <message>
        <source>Every role has a holder.</source>
        <translation>Every role has a holder.</translation>
    </message>
    <message>
        <source>Roles not verified recently</source>
        <translation>Roles not verified recently</translation>
    </message>
    <message>
        <source>Every holder was verified recently.</source>
        <translation>Every holder was verified recently.</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Holder(s)</source>
        <translation>Holder(s)</translation>
    </message>
    <message>
        <source>NBSAP alignment: gaps both ways</source>
        <translation>NBSAP alignment: gaps both ways</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>No national target is recorded in this workspace yet.</translation>
    </message>
    <message>
        <source>Which targets of the global frameworks no national target serves yet, and which national targets serve none of them.</source>
        <translation>Which targets of the global frameworks no national target serves yet, and which national targets serve none of them.</translation>
    </message>
    <message>
        <source>Targets covered by at least one national target</source>
        <translation>Targets covered by at least one national target</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>%1 of %2 targets covered.</source>
        <translation>%1 of %2 targets covered.</translation>
    </message>
    <message>
        <source>Target not covered</source>
        <translation>Target not covered</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>National targets that serve no global target</source>
        <translation>National targets that serve no global target</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>National target</translation>
    </message>
    <message>
        <source>Every national target serves at least one.</source>
        <translation>Every national target serves at least one.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>in preparation</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>Reporting calendar: the next 24 months</source>
        <translation>Reporting calendar: the next 24 months</translation>
    </message>
    <message>
        <source>overdue, %1</source>
        <translation>overdue, %1</translation>
    </message>
    <message>
        <source>No open report is due until %1.</source>
        <translation>No open report is due until %1.</translation>
    </message>
    <message>
        <source>Open reports due until %1, overdue ones first.</source>
        <translation>Open reports due until %1, overdue ones first.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <extracomment>Characters XML 1.0 cannot hold (a pasted control character must not break the file).</extracomment>
        <translation>Writing the document…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Saving the document…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Give a file name ending in .docx or .pdf (not %1).</source>
        <extracomment>Territories whose paper is US Letter (CLDR supplemental data "paperSize"); A4 elsewhere.</extracomment>
        <translation>Give a file name ending in .docx or .pdf (not %1).</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Drawing the charts…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the report.</source>
        <translation>The folder %1 does not exist. Create it or choose another place for the report.</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Writing page %1 of %2…</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names are left out of this report</source><translation><numerusform>%n participant; names are left out of this report</numerusform><numerusform>%n participants; names are left out of this report</numerusform></translation></message></context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF document (*.pdf)</source>
        <translation>Word document (*.docx);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Writing the report</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>Export repor&amp;t…</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>The submission date cannot be in the future.</source>
        <translation>The submission date cannot be in the future.</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>A dataset needs a name.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Unknown instrument “%1”.</translation>
    </message>
    <message>
        <source>A report needs a title.</source>
        <translation>A report needs a title.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 240 months.</source>
        <translation>The interval must be between 1 and 240 months.</translation>
    </message>
    <message>
        <source>There is no reporting obligation with id %1.</source>
        <translation>There is no reporting obligation with id %1.</translation>
    </message>
    <message>
        <source>There is no dataset with id %1.</source>
        <translation>There is no dataset with id %1.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>in preparation</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>no fixed date</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>submitted %1</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation><numerusform>overdue by %n day</numerusform><numerusform>overdue by %n days</numerusform></translation></message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation></message>
</context>
<context>
    <name>ReportingView</name>
    <message>
        <source>In &amp;preparation</source>
        <translation>In &amp;preparation</translation>
    </message>
    <message>
        <source>&amp;Submitted…</source>
        <translation>&amp;Submitted…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Add dataset…</source>
        <translation>Add dataset…</translation>
    </message>
    <message>
        <source>Edit dataset…</source>
        <translation>Edit dataset…</translation>
    </message>
    <message>
        <source>Delete dataset…</source>
        <translation>Delete dataset…</translation>
    </message>
    <message>
        <source>Only datasets that feed &amp;two or more reports</source>
        <translation>Only datasets that feed &amp;two or more reports</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reporting obligations&lt;/b&gt; (overdue in red)</source>
        <translation>&lt;b&gt;Reporting obligations&lt;/b&gt; (overdue in red)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datasets&lt;/b&gt;: report once, use many times (bold: feeds two or more reports)</source>
        <translation>&lt;b&gt;Datasets&lt;/b&gt;: report once, use many times (bold: feeds two or more reports)</translation>
    </message>
    <message>
        <source>Reporting obligations</source>
        <translation>Reporting obligations</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>Deadlines in the next 36 months</source>
        <translation>Deadlines in the next 36 months</translation>
    </message>
    <message>
        <source>The reporting calendar is empty</source>
        <translation>The reporting calendar is empty</translation>
    </message>
    <message>
        <source>List the reports the country owes each treaty it is Party to, with their due dates and the focal point responsible; the calendar then shows what is due next, what is late, and the datasets several reports share.</source>
        <translation>List the reports the country owes each treaty it is Party to, with their due dates and the focal point responsible; the calendar then shows what is due next, what is late, and the datasets several reports share.</translation>
    </message>
    <message>
        <source>Add a reporting obligation…</source>
        <translation>Add a reporting obligation…</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue, %3 submitted. %4 of %5 datasets feed two or more reports. The diamonds show the deadlines of the next 36 months (red: overdue, amber: in preparation, grey: not started); the blue line is today.</source>
        <translation>%1 obligations, %2 overdue, %3 submitted. %4 of %5 datasets feed two or more reports. The diamonds show the deadlines of the next 36 months (red: overdue, amber: in preparation, grey: not started); the blue line is today.</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Reporting calendar</translation>
    </message>
    <message>
        <source>Add a reporting obligation</source>
        <translation>Add a reporting obligation</translation>
    </message>
    <message>
        <source>Edit reporting obligation</source>
        <translation>Edit reporting obligation</translation>
    </message>
    <message>
        <source>Report submitted</source>
        <translation>Report submitted</translation>
    </message>
    <message>
        <source>Date on which “%1” was submitted (YYYY-MM-DD):</source>
        <translation>Date on which “%1” was submitted (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYY-MM-DD; the status was not changed.</source>
        <translation>“%1” is not a date written as YYYY-MM-DD; the status was not changed.</translation>
    </message>
    <message>
        <source>Delete obligation</source>
        <translation>Delete obligation</translation>
    </message>
    <message>
        <source>Delete “%1 %2” from the calendar?</source>
        <translation>Delete “%1 %2” from the calendar?</translation>
    </message>
    <message>
        <source>Add a dataset</source>
        <translation>Add a dataset</translation>
    </message>
    <message>
        <source>Edit dataset</source>
        <translation>Edit dataset</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Delete dataset</translation>
    </message>
    <message>
        <source>Delete the dataset “%1”?</source>
        <translation>Delete the dataset “%1”?</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Rename round</source>
        <translation>Rename round</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>New title:</translation>
    </message>
    <message>
        <source>Round details</source>
        <translation>Round details</translation>
    </message>
    <message>
        <source>Finalise the round “%1”? Its answers become read-only; you can still export them and start a new round from it.

%2 of %3 options are answered.</source>
        <translation>Finalise the round “%1”? Its answers become read-only; you can still export them and start a new round from it.

%2 of %3 options are answered.</translation>
    </message>
    <message>
        <source>Finalise round</source>
        <translation>Finalise round</translation>
    </message>
    <message>
        <source>New round from this one</source>
        <translation>New round from this one</translation>
    </message>
    <message>
        <source>Delete the round “%1” and its %2 answers? This cannot be undone. The change history of the round is kept in the workspace.</source>
        <translation>Delete the round “%1” and its %2 answers? This cannot be undone. The change history of the round is kept in the workspace.</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Delete round</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <translation>Self-assessment %1</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>Title of the round</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>The screenshot %1 cannot be written.</source>
        <translation>The screenshot %1 cannot be written.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Give a folder for the PNG files.</source>
        <translation>%1 is a file, not a folder. Give a folder for the PNG files.</translation>
    </message>
    <message>
        <source>The screenshots cannot be written to the folder %1 (%2). Choose another folder.</source>
        <translation>The screenshots cannot be written to the folder %1 (%2). Choose another folder.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>change %1 of %2</source>
        <translation>change %1 of %2</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Could not save — %1</source>
        <translation>Could not save — %1</translation>
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
        <translation>Work through the national options for synergies among the biodiversity-related conventions (CBD decision XIII/24): focal points, NBSAPs, national reporting and more. Everything stays on this computer in a workspace file.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Create a new workspace…</translation>
    </message>
    <message>
        <source>One file for your country: its name, the treaties it is Party to, and the first round of the self-assessment.</source>
        <translation>One file for your country: its name, the treaties it is Party to, and the first round of the self-assessment.</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Open a workspace…</translation>
    </message>
    <message>
        <source>A workspace file made on this computer or received from a colleague.</source>
        <translation>A workspace file made on this computer or received from a colleague.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <source>A fictional country with a partly answered round, for training and trying things out</source>
        <translation>A fictional country with a partly answered round, for training and trying things out</translation>
    </message>
    <message>
        <source>No workspace has been opened on this computer yet. Start with your own country, or look around the demo first: nothing you do there touches your work.</source>
        <translation>No workspace has been opened on this computer yet. Start with your own country, or look around the demo first: nothing you do there touches your work.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces (press Enter to open):</source>
        <translation>&amp;Recent workspaces (press Enter to open):</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the workspace file is read-only (for example on a write-protected USB stick or a CD).</source>
        <translation>the workspace file is read-only (for example on a write-protected USB stick or a CD).</translation>
    </message>
    <message>
        <source>your database role may only read this workspace; ask the administrator for write access.</source>
        <translation>your database role may only read this workspace; ask the administrator for write access.</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written.</source>
        <translation>the disk is full or cannot be written.</translation>
    </message>
    <message>
        <source>the workspace file is no longer available (moved, deleted or on a drive that was removed).</source>
        <translation>the workspace file is no longer available (moved, deleted or on a drive that was removed).</translation>
    </message>
    <message>
        <source>another program is using the workspace file; close it there.</source>
        <translation>another program is using the workspace file; close it there.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 holds no assessment yet. Create a round first.</source>
        <translation>%1 holds no assessment yet. Create a round first.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>NBSAP &amp;version:</source>
        <translation>NBSAP &amp;version:</translation>
    </message>
    <message>
        <source>&amp;Lead institution:</source>
        <translation>&amp;Lead institution:</translation>
    </message>
</context>
<context>
    <name>TargetImport</name>
    <message>
        <source>the code %1 is already used by a national target in this workspace</source>
        <translation>the code %1 is already used by a national target in this workspace</translation>
    </message>
    <message>
        <source>the code %1 appears again (first on row %2)</source>
        <translation>the code %1 appears again (first on row %2)</translation>
    </message>
    <message>
        <source>The first sheet of %1 has no header row with “Code” and “Title”. Add one above the targets and try again; nothing was imported.</source>
        <translation>The first sheet of %1 has no header row with “Code” and “Title”. Add one above the targets and try again; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>National target</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>NBSAP version</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Lead institution</translation>
    </message>
    <message>
        <source>Reference targets served</source>
        <translation>Reference targets served</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 cannot be read: %2 Nothing was imported.</source>
        <translation>%1 cannot be read: %2 Nothing was imported.</translation>
    </message>
    <message>
        <source>it is not a text (CSV) file.</source>
        <translation>it is not a text (CSV) file.</translation>
    </message>
    <message>
        <source>its characters are in an encoding the application does not read. Save it as “CSV UTF-8” and try again.</source>
        <translation>its characters are in an encoding the application does not read. Save it as “CSV UTF-8” and try again.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>the file does not exist.</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1).</source>
        <translation>the file cannot be opened (%1).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>line %1 is not valid CSV.</source>
        <translation>line %1 is not valid CSV.</translation>
    </message>
    <message>
        <source>it has more than %1 rows. Remove the rows that do not belong to the import.</source>
        <translation>it has more than %1 rows. Remove the rows that do not belong to the import.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>the file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>it is password-protected or in the old .xls format. Remove the password, or save it as an Excel workbook (.xlsx), and try again.</source>
        <translation>it is password-protected or in the old .xls format. Remove the password, or save it as an Excel workbook (.xlsx), and try again.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (for example an incomplete download or copy). Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <extracomment>Kinds of cell value an importer may take: number, text, date (openpyxl's data types).</extracomment>
        <translation>the file is damaged or truncated (for example an incomplete download or copy). Ask for a new copy, or open it in Excel, save it again and retry.</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx).</source>
        <translation>it is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>it holds far more parts than a workbook does.</source>
        <translation>it holds far more parts than a workbook does.</translation>
    </message>
    <message>
        <source>it would unpack to an unreasonable size (a damaged or hostile file).</source>
        <translation>it would unpack to an unreasonable size (a damaged or hostile file).</translation>
    </message>
    <message>
        <source>it is a zip archive, not an Excel workbook.</source>
        <translation>it is a zip archive, not an Excel workbook.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the workbook is damaged (%2). Nothing was imported. Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <translation>%1 cannot be read: the workbook is damaged (%2). Nothing was imported. Ask for a new copy, or open it in Excel, save it again and retry.</translation>
    </message>
    <message>
        <source>a part of it cannot be read</source>
        <translation>a part of it cannot be read</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing or listed twice</source>
        <translation>the sheet “%1” is missing or listed twice</translation>
    </message>
    <message>
        <source>a formula is not read; type the value instead</source>
        <translation>a formula is not read; type the value instead</translation>
    </message>
    <message>
        <source>the cell shows an error (%1); type the value instead</source>
        <translation>the cell shows an error (%1); type the value instead</translation>
    </message>
    <message>
        <source>TRUE or FALSE is not a value this cell takes</source>
        <translation>TRUE or FALSE is not a value this cell takes</translation>
    </message>
    <message>
        <source>the cell has a type this application does not know (“%1”)</source>
        <translation>the cell has a type this application does not know (“%1”)</translation>
    </message>
    <message>
        <source>the text holds an invisible control character (%1); remove it</source>
        <translation>the text holds an invisible control character (%1); remove it</translation>
    </message>
    <message>
        <source>%1 cannot be read: the sheet “%2” is damaged near row %3. Ask for a new copy, or open it in Excel, save it again and retry. Nothing was imported.</source>
        <translation>%1 cannot be read: the sheet “%2” is damaged near row %3. Ask for a new copy, or open it in Excel, save it again and retry. Nothing was imported.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated.</source>
        <translation>the file is damaged or truncated.</translation>
    </message>
    <message>
        <source>The sheet “%1” has more than %2 rows; nothing was imported. Remove the rows that do not belong to the import.</source>
        <translation>The sheet “%1” has more than %2 rows; nothing was imported. Remove the rows that do not belong to the import.</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Open a fresh copy of the demo for me…</source>
        <translation>&amp;Open a fresh copy of the demo for me…</translation>
    </message>
    <message>
        <source>&amp;Reset my demo…</source>
        <translation>&amp;Reset my demo…</translation>
    </message>
    <message>
        <source>&amp;Facilitator's guide</source>
        <translation>&amp;Facilitator's guide</translation>
    </message>
    <message>
        <source>Your copy of the demo</source>
        <translation>Your copy of the demo</translation>
    </message>
    <message>
        <source>%1 already has a copy of the demo. Start it afresh? Every change made in it is lost. (No opens it as it was left.)</source>
        <translation>%1 already has a copy of the demo. Start it afresh? Every change made in it is lost. (No opens it as it was left.)</translation>
    </message>
    <message>
        <source>Reset my demo</source>
        <translation>Reset my demo</translation>
    </message>
    <message>
        <source>No demo copy is open. Open yours first with Help &gt; Workshop &gt; Open a fresh copy of the demo for me.</source>
        <translation>No demo copy is open. Open yours first with Help &gt; Workshop &gt; Open a fresh copy of the demo for me.</translation>
    </message>
    <message>
        <source>Start %1 afresh? Every change made in it is lost.</source>
        <translation>Start %1 afresh? Every change made in it is lost.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no workspace at %1. Check the path, or create a new workspace.</source>
        <extracomment>The newest schema revision. Kept here so that opening an up-to-date workspace does not load Alembic at all; a test checks that it matches the migration scripts.</extracomment>
        <translation>There is no workspace at %1. Check the path, or create a new workspace.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a workspace: %2 The file has not been changed.</source>
        <translation>%1 cannot be opened as a workspace: %2 The file has not been changed.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>it is a folder, not a file.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check that the file is available and that you may read it.</source>
        <translation>%1 cannot be read (%2). Check that the file is available and that you may read it.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>it is not a Synergy Desktop workspace (not an SQLite database).</source>
        <translation>it is not a Synergy Desktop workspace (not an SQLite database).</translation>
    </message>
    <message>
        <source>the database cannot be opened.</source>
        <translation>the database cannot be opened.</translation>
    </message>
    <message>
        <source>the database is damaged. Restore it from a backup copy.</source>
        <translation>the database is damaged. Restore it from a backup copy.</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Synergy Desktop workspace.</source>
        <translation>it is an SQLite database, but not a Synergy Desktop workspace.</translation>
    </message>
    <message>
        <source>%1 cannot be opened because its folder does not allow writing (the workspace keeps a journal next to the file). Copy it to a folder where you may write and open the copy.</source>
        <translation>%1 cannot be opened because its folder does not allow writing (the workspace keeps a journal next to the file). Copy it to a folder where you may write and open the copy.</translation>
    </message>
    <message>
        <source>the database is damaged or truncated. Restore it from a backup copy.</source>
        <translation>the database is damaged or truncated. Restore it from a backup copy.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created (%2). Choose another location.</source>
        <translation>The folder %1 cannot be created (%2). Choose another location.</translation>
    </message>
    <message>
        <source>A new workspace cannot be created at %1 (%2). Choose another location.</source>
        <translation>A new workspace cannot be created at %1 (%2). Choose another location.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but no backup copy could be made first (%2). Nothing was changed. Copy the workspace to a folder where you may write, then open it again.</source>
        <translation>%1 needs an upgrade, but no backup copy could be made first (%2). Nothing was changed. Copy the workspace to a folder where you may write, then open it again.</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was; a backup copy is at %3.</source>
        <translation>The upgrade of %1 failed (%2). The workspace was left as it was; a backup copy is at %3.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Synergy Desktop (schema %2). Install the newer version to open it; the file has not been changed.</source>
        <translation>%1 was saved by a newer version of Synergy Desktop (schema %2). Install the newer version to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was.</source>
        <translation>The upgrade of %1 failed (%2). The workspace was left as it was.</translation>
    </message>
    <message>
        <source>%1 is not a database address. Write it as postgresql://user@server/database.</source>
        <extracomment>The one driver supported: psycopg 3 (``postgresql://`` is read as ``postgresql+psycopg://``).</extracomment>
        <translation>%1 is not a database address. Write it as postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>%1 uses a database driver this application does not support. Write the address as postgresql://user@server/database.</source>
        <translation>%1 uses a database driver this application does not support. Write the address as postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>Opening a PostgreSQL workspace needs the PostgreSQL driver, which is not installed: install it with pip install "synergy-desktop[postgres]".</source>
        <translation>Opening a PostgreSQL workspace needs the PostgreSQL driver, which is not installed: install it with pip install "synergy-desktop[postgres]".</translation>
    </message>
    <message>
        <source>The database %1 asks for a password and none was given. Put it in your .pgpass file, then open the workspace again.</source>
        <translation>The database %1 asks for a password and none was given. Put it in your .pgpass file, then open the workspace again.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password for %1. Check them and try again.</source>
        <translation>The server did not accept the user name or password for %1. Check them and try again.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on its server (%2). Check the name, or ask the administrator to create it.</source>
        <translation>The database %1 does not exist on its server (%2). Check the name, or ask the administrator to create it.</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached (%2). Check the address and the network, and that the server is running.</source>
        <translation>The server of %1 cannot be reached (%2). Check the address and the network, and that the server is running.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2).</source>
        <translation>The database %1 cannot be opened (%2).</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program; it is not a Synergy Desktop workspace. Nothing was changed. Use an empty database for a new workspace.</source>
        <translation>The database %1 holds tables of another program; it is not a Synergy Desktop workspace. Nothing was changed. Use an empty database for a new workspace.</translation>
    </message>
    <message>
        <source>%1 must first be set up or upgraded for this version, and your database role may not do that. Ask the administrator to open it once with the role that owns the workspace. Nothing was changed.</source>
        <translation>%1 must first be set up or upgraded for this version, and your database role may not do that. Ask the administrator to open it once with the role that owns the workspace. Nothing was changed.</translation>
    </message>
    <message>
        <source>the upgrade would break links between records.</source>
        <translation>the upgrade would break links between records.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Check the path.</source>
        <translation>There is no workspace at %1. Check the path.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). The file has not been changed.</source>
        <translation>%1 cannot be read (%2). The file has not been changed.</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>Synergy workspaces (*.synergy);;All files (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>%1 already exists. Choose another name, or open it with File &gt; Open.</translation>
    </message>
    <message>
        <source>The workspace %1 was created without a country. Fill in the country and the treaties it is Party to with File &gt; Country profile…; each page says what to do next.</source>
        <translation>The workspace %1 was created without a country. Fill in the country and the treaties it is Party to with File &gt; Country profile…; each page says what to do next.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>The workspace cannot be opened</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Team server password</translation>
    </message>
    <message>
        <source>%1

Password:</source>
        <translation>%1

Password:</translation>
    </message>
    <message>
        <source>Opening was cancelled; nothing was changed.</source>
        <translation>Opening was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Open team server workspace</source>
        <translation>Open team server workspace</translation>
    </message>
    <message>
        <source>Address of the workspace on the team server, for example
postgresql+psycopg://amina@server.ministry.example/biodiversity
(leave the password out: it is asked for, or taken from your .pgpass file)</source>
        <translation>Address of the workspace on the team server, for example
postgresql+psycopg://amina@server.ministry.example/biodiversity
(leave the password out: it is asked for, or taken from your .pgpass file)</translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version; a copy of the old file is at %1</source>
        <translation>The workspace was upgraded to this version; a copy of the old file is at %1</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo workspace</translation>
    </message>
    <message>
        <source>The demo workspace already exists. Open it as it was left, or start it afresh (every change made to the demo is lost)?</source>
        <translation>The demo workspace already exists. Open it as it was left, or start it afresh (every change made to the demo is lost)?</translation>
    </message>
    <message>
        <source>Open as it was</source>
        <translation>Open as it was</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>Start afresh</translation>
    </message>
    <message>
        <source>(no recent workspaces)</source>
        <translation>(no recent workspaces)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Some changes could not be saved. If you close the workspace now, they are lost. Save the workspace under another name first?</source>
        <translation>Some changes could not be saved. If you close the workspace now, they are lost. Save the workspace under another name first?</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Save workspace as</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Country profile</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Your last changes could not be written to the workspace: %1

They are still on screen. Synergy Desktop tries again every few seconds; you can also save the workspace under another name, for example on another drive.</source>
        <translation>Your last changes could not be written to the workspace: %1

They are still on screen. Synergy Desktop tries again every few seconds; you can also save the workspace under another name, for example on another drive.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation>Save workspace as…</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Export summary</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the summary</source>
        <translation>Exporting the summary</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>The workbook cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>Summary written to %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <source>Overview</source>
        <extracomment>What each page shows besides its own edits, and how it catches up.</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Focal points</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>NBSAP alignment</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Reporting calendar</translation>
    </message>
</context>
</TS>