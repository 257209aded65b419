<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Synergy Desktop</source>
        <translation>À propos de Synergy Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;An offline tool for national teams working through the options for synergies among the biodiversity-related conventions (CBD decision XIII/24, Annex I).&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;Outil hors ligne destiné aux équipes nationales qui examinent les options pour renforcer les synergies entre les conventions relatives à la biodiversité (décision XIII/24 de la CDB, annexe I).&lt;/p&gt;&lt;p&gt;Espace de travail : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>(aucun ouvert)</translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <source>Option description</source>
        <translation>Description de l'option</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>Fixer une date cible</translation>
    </message>
    <message>
        <source>Ministry, agency or unit that leads</source>
        <translation>Ministère, organisme ou service chef de file</translation>
    </message>
    <message>
        <source>Show or hide the option's text and guidance</source>
        <translation>Afficher ou masquer le texte de l'option et les orientations</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>What this workspace shows</source>
        <translation>Ce que montre cet espace de travail</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>The rating must be 0 to 4, "na" (not applicable) or "nyd" (not yet discussed), not "%1".</source>
        <translation>La note doit être comprise entre 0 et 4, ou être « na » (non applicable) ou « nyd » (pas encore examiné), et non « %1 ».</translation>
    </message>
    <message>
        <source>The priority must be high, medium or low, not "%1".</source>
        <translation>La priorité doit être « high » (élevée), « medium » (moyenne) ou « low » (faible), et non « %1 ».</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>Le champ %1 doit contenir du texte.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>Le texte est trop long (%1 caractères ; %2 au maximum).</translation>
    </message>
    <message>
        <source>There is no answer field "%1".</source>
        <translation>Il n'existe aucun champ de réponse « %1 ».</translation>
    </message>
    <message>
        <source>Conventions must be a list of codes.</source>
        <translation>Les conventions doivent être indiquées sous forme de liste de codes.</translation>
    </message>
    <message>
        <source>"%1" is not a known convention code. Known codes: %2.</source>
        <translation>« %1 » n'est pas un code de convention connu. Codes connus : %2.</translation>
    </message>
    <message>
        <source>The target date must be a date written as YYYY-MM-DD, not "%1".</source>
        <translation>La date cible doit être une date au format YYYY-MM-DD, et non « %1 ».</translation>
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
        <translation>inchangé</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Cycle antérieur</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Cycle postérieur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>← &amp;Previous option</source>
        <translation>← Option &amp;précédente</translation>
    </message>
    <message>
        <source>Previous option (Alt+Up)</source>
        <translation>Option précédente (Alt+Haut)</translation>
    </message>
    <message>
        <source>&amp;Next option →</source>
        <translation>Option &amp;suivante →</translation>
    </message>
    <message>
        <source>Next option (Alt+Down)</source>
        <translation>Option suivante (Alt+Bas)</translation>
    </message>
    <message>
        <source>History of this option</source>
        <translation>Historique de cette option</translation>
    </message>
    <message>
        <source>Areas and options</source>
        <translation>Domaines et options</translation>
    </message>
    <message>
        <source>No assessment round yet</source>
        <translation>Aucun cycle d'évaluation pour l'instant</translation>
    </message>
    <message>
        <source>A round is one pass of the team through all options of the framework, for example the self-assessment of this year. Start the first round, then answer option by option; everything is saved as you type.</source>
        <translation>Un cycle correspond à un passage de l'équipe sur toutes les options du cadre, par exemple l'auto-évaluation de cette année. Commencez le premier cycle, puis répondez option par option ; tout est enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>Start the first round…</source>
        <translation>Commencer le premier cycle…</translation>
    </message>
    <message>
        <source>You may only read this workspace: your account on the team server has no right to change it. You can look at everything and export it; ask the workspace's administrator for editing rights.</source>
        <translation>Vous pouvez uniquement consulter cet espace de travail : votre compte sur le serveur d'équipe n'a pas le droit de le modifier. Vous pouvez tout consulter et tout exporter ; demandez des droits de modification à l'administrateur de l'espace de travail.</translation>
    </message>
    <message>
        <source>This round was finalised on %1 and is read-only. To continue the work, use Assessment &gt; New round from this one.</source>
        <translation>Ce cycle a été finalisé le %1 et est en lecture seule. Pour poursuivre le travail, utilisez Évaluation &gt; Nouveau cycle à partir de celui-ci.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 options sur %2 renseignées</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>pre-filled from round %1</source>
        <translation>prérempli à partir du cycle %1</translation>
    </message>
    <message>
        <source>There is no assessment with id %1 in this workspace.</source>
        <translation>Il n'existe aucune évaluation d'identifiant %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>There is no option "%1" in the framework %2 (version %3).</source>
        <translation>Il n'existe aucune option « %1 » dans le cadre %2 (version %3).</translation>
    </message>
    <message>
        <source>The round "%1" is finalised and cannot be changed. Start a new round from it to continue the work.</source>
        <translation>Le cycle « %1 » est finalisé et ne peut plus être modifié. Créez un nouveau cycle à partir de celui-ci pour poursuivre le travail.</translation>
    </message>
    <message>
        <source>A round needs a title.</source>
        <translation>Un cycle doit avoir un titre.</translation>
    </message>
    <message>
        <source>The title is too long (at most 300 characters).</source>
        <translation>Le titre est trop long (300 caractères au maximum).</translation>
    </message>
    <message>
        <source>Someone else changed %1 of option %2 since you opened it. Your text is kept on screen; choose whose version to keep.</source>
        <translation>Quelqu'un d'autre a modifié « %1 » dans l'option %2 depuis que vous l'avez ouverte. Votre texte reste affiché à l'écran ; choisissez la version à conserver.</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Every change is recorded in the history with the name of the person who made it. Type the name to show, for example “Amina Diallo, Ministry of Environment”. You can change it later in Edit &gt; Your name.</source>
        <translation>Chaque modification est consignée dans l'historique avec le nom de la personne qui l'a effectuée. Saisissez le nom à afficher, par exemple « Amina Diallo, ministère de l'Environnement ». Vous pourrez le modifier plus tard dans Édition &gt; Votre nom.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Demo workspace written to %1 (round %2, %3 of %4 options answered).</source>
        <translation>Espace de travail de démonstration enregistré dans %1 (cycle %2, %3 options sur %4 renseignées).</translation>
    </message>
    <message>
        <source>This workspace holds no assessment yet.</source>
        <translation>Cet espace de travail ne contient encore aucune évaluation.</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4/%5 answered (%6%)</source>
        <translation>%1	%2	%3	%4/%5 renseignées (%6 %)</translation>
    </message>
    <message>
        <source>The file cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>Impossible d’écrire le fichier %1 (%2). Fermez-le s’il est ouvert dans un autre programme, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the workbook.</source>
        <translation>Le dossier %1 n'existe pas. Créez-le ou choisissez un autre emplacement pour le classeur.</translation>
    </message>
    <message>
        <source>Summary of round %1 (%2) written to %3.</source>
        <translation>Synthèse du cycle %1 (%2) enregistrée dans %3.</translation>
    </message>
    <message>
        <source>Give a file name ending in .xlsx (not %1).</source>
        <translation>Indiquez un nom de fichier se terminant par .xlsx (et non %1).</translation>
    </message>
    <message>
        <source>Questionnaire for round %1 (%2) written to %3.</source>
        <translation>Questionnaire du cycle %1 (%2) enregistré dans %3.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>Impossible d'enregistrer le rapport dans %1 (%2). Fermez-le s'il est ouvert dans un autre programme, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Report of round %1 (%2) written to %3.</source>
        <translation>Rapport du cycle %1 (%2) enregistré dans %3.</translation>
    </message>
    <message>
        <source>%1 change(s), %2 rejected cell(s).</source>
        <translation>%1 modification(s), %2 cellule(s) rejetée(s).</translation>
    </message>
    <message>
        <source>  rejected %1!%2: %3</source>
        <translation>  rejetée %1!%2 : %3</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to apply the accepted changes.</source>
        <translation>Rien n'a été modifié. Relancez la commande avec --yes pour appliquer les modifications acceptées.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated.</source>
        <translation><numerusform>%n champ de réponse mis à jour.</numerusform><numerusform>%n champs de réponse mis à jour.</numerusform></translation></message>
    <message>
        <source>%1: %2 texts missing (shown in English):</source>
        <translation>%1 : %2 textes manquants (affichés en anglais) :</translation>
    </message>
    <message>
        <source>%1 version %2: %3 areas, %4 options, content %5.</source>
        <translation>%1 version %2 : %3 domaines, %4 options, contenu %5.</translation>
    </message>
    <message>
        <source>%1: %2 texts missing (shown in English): %3</source>
        <translation>%1 : %2 textes manquants (affichés en anglais) : %3</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1 : complet</translation>
    </message>
    <message>
        <source>change	%1	%2	%3	%4 -&gt; %5%6</source>
        <translation>modification	%1	%2	%3	%4 -&gt; %5%6</translation>
    </message>
    <message>
        <source>conflict	%1	%2	%3	mine %4%5	theirs %6%7</source>
        <translation>conflit	%1	%2	%3	ici (mine) %4%5	autre (theirs) %6%7</translation>
    </message>
    <message>
        <source>held	%1	%2	%3	%4</source>
        <translation>bloquée	%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records were matched by their stable ids only, and every difference is a conflict.</source>
        <translation>Les deux espaces de travail n'ont aucun historique commun : les enregistrements ont été appariés uniquement par leurs identifiants stables, et chaque différence constitue un conflit.</translation>
    </message>
    <message>
        <source>0 change(s) applied, %1 conflict(s) unresolved; %2 change(s) ready. Run again with --yes to apply them, and --prefer mine|theirs to settle the conflicts.</source>
        <translation>0 modification appliquée, %1 conflit(s) non résolu(s) ; %2 modification(s) prête(s). Relancez la commande avec --yes pour les appliquer, et avec --prefer mine|theirs pour régler les conflits.</translation>
    </message>
    <message>
        <source>%1 change(s) applied, %2 conflict(s): %3 settled with theirs, %4 kept as here, %5 unresolved; %6 held.</source>
        <translation>%1 modification(s) appliquée(s), %2 conflit(s) : %3 réglé(s) avec la valeur de l'autre espace de travail, %4 conservé(s) en l'état, %5 non résolu(s) ; %6 bloquée(s).</translation>
    </message>
    <message>
        <source>The copy is always a workspace file; give a file name as TARGET.</source>
        <translation>La copie est toujours un fichier d'espace de travail ; indiquez un nom de fichier comme TARGET.</translation>
    </message>
    <message>
        <source>%1 already exists. Give a new file name; nothing was overwritten.</source>
        <translation>%1 existe déjà. Indiquez un nouveau nom de fichier ; rien n'a été écrasé.</translation>
    </message>
    <message>
        <source>Give a file name ending in .synergy (not %1).</source>
        <translation>Indiquez un nom de fichier se terminant par .synergy (et non %1).</translation>
    </message>
    <message>
        <source>Copy of %1 written to %2.</source>
        <translation>Copie de %1 enregistrée dans %2.</translation>
    </message>
    <message>
        <source>%1 workspaces compared over %2 options; written to %3.</source>
        <translation>%1 espaces de travail comparés sur %2 options ; résultat enregistré dans %3.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>no round</source>
        <translation>aucun cycle</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.a.</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>non examiné</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Comparison of teams</source>
        <translation>Comparaison des équipes</translation>
    </message>
    <message>
        <source>Ratings of each team, option by option</source>
        <translation>Notes de chaque équipe, option par option</translation>
    </message>
    <message>
        <source>0 not started … 4 fully in place. Spread: the highest rating minus the lowest.</source>
        <translation>0 non commencé … 4 entièrement en place. Écart : la note la plus élevée moins la note la plus basse.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Round compared</source>
        <translation>Cycle comparé</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Données des graphiques</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Give at least two workspaces to compare.</source>
        <translation>Indiquez au moins deux espaces de travail à comparer.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>The sign and the colour of each direction (the words carry the meaning too).</extracomment>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>answered for the first time</source>
        <translation>renseignée pour la première fois</translation>
    </message>
    <message>
        <source>no longer answered</source>
        <translation>n'est plus renseignée</translation>
    </message>
    <message>
        <source>applicability changed</source>
        <translation>applicabilité modifiée</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Ajout : %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modification : %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Suppression : %1</translation>
    </message>
<message numerus="yes"><source>down %n step(s)</source><translation><numerusform>en baisse de %n échelon</numerusform><numerusform>en baisse de %n échelons</numerusform></translation></message><message numerus="yes"><source>up %n step(s)</source><translation><numerusform>en hausse de %n échelon</numerusform><numerusform>en hausse de %n échelons</numerusform></translation></message></context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Compare rounds</source>
        <translation>Comparer des cycles</translation>
    </message>
    <message>
        <source>This workspace has one round only. Start the next one with Assessment &gt; New round from this one, then compare them here.</source>
        <translation>Cet espace de travail ne comporte qu'un seul cycle. Commencez le suivant avec Évaluation &gt; Nouveau cycle à partir de celui-ci, puis comparez-les ici.</translation>
    </message>
    <message>
        <source>&amp;Compare rounds…</source>
        <translation>Co&amp;mparer des cycles…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>Choisissez deux cycles différents à comparer.</translation>
    </message>
    <message>
        <source>Nothing changed between these rounds.</source>
        <translation>Rien n'a changé entre ces cycles.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparer des cycles</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Comparer :</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>a&amp;vec :</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Cycle antérieur</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Cycle postérieur</translation>
    </message>
    <message>
        <source>&amp;Only changes</source>
        <translation>&amp;Uniquement les modifications</translation>
    </message>
    <message>
        <source>Options of both rounds</source>
        <translation>Options des deux cycles</translation>
    </message>
    <message>
        <source>The selected option in both rounds</source>
        <translation>L'option sélectionnée dans les deux cycles</translation>
    </message>
    <message>
        <source>Score per area in both rounds</source>
        <translation>Score par domaine dans les deux cycles</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>Comparer des espaces de travail</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Ratings of each team</source>
        <translation>Notes de chaque équipe</translation>
    </message>
    <message>
        <source>Rounds compared: %1</source>
        <translation>Cycles comparés : %1</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
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
        <translation>Cycle antérieur</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Cycle postérieur</translation>
    </message>
    <message>
        <source>Rating change</source>
        <translation>Évolution de la note</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Autres modifications</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu'un d'autre</translation>
    </message>
    <message>
        <source>Someone else changed this answer</source>
        <translation>Quelqu'un d'autre a modifié cette réponse</translation>
    </message>
    <message>
        <source>%1 of option %2 was changed by %3 (%4) while you were editing it.

Theirs: %5

Yours: %6

Which version should be kept?</source>
        <translation>Le champ « %1 » de l'option %2 a été modifié par %3 (%4) pendant que vous le modifiiez.

Leur version : %5

Votre version : %6

Quelle version faut-il conserver ?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Ici (la mienne)</translation>
    </message>
    <message>
        <source>In the other file (theirs)</source>
        <translation>Dans l'autre fichier (la leur)</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Modifié ici par</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>prendre la leur</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>garder la mienne</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>The workspace cannot be written to %1 (%2). Choose another place.</source>
        <translation>Impossible d'enregistrer l'espace de travail dans %1 (%2). Choisissez un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>Coordination</name>
    <message>
        <source>The mechanism needs a name.</source>
        <translation>Le mécanisme doit avoir un nom.</translation>
    </message>
    <message>
        <source>Planned meetings per year must be between 0 and 52.</source>
        <translation>Le nombre de réunions prévues par an doit être compris entre 0 et 52.</translation>
    </message>
    <message>
        <source>Choose a person from the register or type the name of an institution.</source>
        <translation>Choisissez une personne dans le registre ou saisissez le nom d'une institution.</translation>
    </message>
    <message>
        <source>There is no person with id %1 in the register.</source>
        <translation>Il n'existe aucune personne d'identifiant %1 dans le registre.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>Cette personne est déjà membre.</translation>
    </message>
    <message>
        <source>Record meetings once they have taken place; the date is in the future.</source>
        <translation>Consignez les réunions une fois qu'elles ont eu lieu ; la date indiquée est dans le futur.</translation>
    </message>
    <message>
        <source>There is no coordination mechanism with id %1.</source>
        <translation>Il n'existe aucun mécanisme de coordination d'identifiant %1.</translation>
    </message>
</context>
<context>
    <name>CoordinationView</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Legal basis or act:</source>
        <translation>&amp;Base juridique ou acte :</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>Manda&amp;t :</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Présidence :</translation>
    </message>
    <message>
        <source>Secre&amp;tariat:</source>
        <translation>&amp;Secrétariat :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Re&amp;marques :</translation>
    </message>
    <message>
        <source>&amp;Planned meetings per year:</source>
        <translation>&amp;Réunions prévues par an :</translation>
    </message>
    <message>
        <source>Coor&amp;dination mechanism:</source>
        <translation>M&amp;écanisme de coordination :</translation>
    </message>
    <message>
        <source>New mechanism…</source>
        <translation>Nouveau mécanisme…</translation>
    </message>
    <message>
        <source>Delete mechanism…</source>
        <translation>Supprimer le mécanisme…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Membres&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meetings held&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réunions tenues&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation>Consigner une réunion…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Modifier la réunion…</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>Supprimer la réunion…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet</source>
        <translation>Aucun mécanisme de coordination n'est encore enregistré</translation>
    </message>
    <message>
        <source>A national biodiversity committee or working group that brings the focal points of the different treaties together is option A2 of the framework. Record its legal basis, mandate and chair, its members from the register and the meetings it holds.</source>
        <translation>Un comité national de la biodiversité ou un groupe de travail réunissant les correspondants nationaux des différents traités correspond à l'option A2 du cadre. Consignez sa base juridique, son mandat et sa présidence, ses membres issus du registre et les réunions qu'il tient.</translation>
    </message>
    <message>
        <source>Add a mechanism…</source>
        <translation>Ajouter un mécanisme…</translation>
    </message>
    <message>
        <source>It meets less often than planned.</source>
        <translation>Il se réunit moins souvent que prévu.</translation>
    </message>
    <message>
        <source>No focal point of these instruments is a member: %1.</source>
        <translation>Aucun correspondant national de ces instruments n'est membre : %1.</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>Mécanisme de coordination</translation>
    </message>
    <message>
        <source>New mechanism</source>
        <translation>Nouveau mécanisme</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>National biodiversity committee</source>
        <translation>Comité national de la biodiversité</translation>
    </message>
    <message>
        <source>Delete “%1” with its members and %2 recorded meetings? This cannot be undone.</source>
        <translation>Supprimer « %1 » avec ses membres et ses %2 réunions consignées ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete mechanism</source>
        <translation>Supprimer le mécanisme</translation>
    </message>
    <message>
        <source>Delete the meeting of %1?</source>
        <translation>Supprimer la réunion du %1 ?</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
<message numerus="yes"><source>Met %n time(s) in the last 12 months (planned: %1 a year).</source><translation><numerusform>S'est réuni %n fois au cours des 12 derniers mois (prévu : %1 par an).</numerusform><numerusform>S'est réuni %n fois au cours des 12 derniers mois (prévu : %1 par an).</numerusform></translation></message></context>
<context>
    <name>Country</name>
    <message>
        <source>Unknown instrument code: %1.</source>
        <translation>Code d'instrument inconnu : %1.</translation>
    </message>
    <message>
        <source>An entry counts as out of date after 1 to 120 months without a check.</source>
        <translation>Le délai au-delà duquel une entrée non vérifiée est considérée comme obsolète doit être compris entre 1 et 120 mois.</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Country profile</source>
        <translation>Profil du pays</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Nom du pays</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <source>Months before an entry counts as out of date</source>
        <translation>Nombre de mois avant qu'une entrée soit considérée comme obsolète</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Nom &amp;abrégé :</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>Code &amp;ISO :</translation>
    </message>
    <message>
        <source>Entries are out of date after:</source>
        <translation>Les entrées deviennent obsolètes après :</translation>
    </message>
    <message>
        <source>Instruments the country is Party to</source>
        <translation>Instruments auxquels le pays est Partie</translation>
    </message>
    <message>
        <source>Instruments left unticked disappear from the coverage matrix, the reporting calendar, the alignment and the evidence on option pages; nothing is deleted, and they come back when ticked again.</source>
        <translation>Les instruments non cochés disparaissent de la matrice de couverture, du calendrier des rapports, de l'alignement et des éléments probants des pages d'options ; rien n'est supprimé, et ils réapparaissent dès qu'ils sont cochés de nouveau.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>missing: nobody is designated</source>
        <translation>manquant : personne n'est désigné</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 (last verified: %2)</source>
        <translation>%1 (dernière vérification : %2)</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Fonction %1</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>&amp;Gestionnaire :</translation>
    </message>
    <message>
        <source>&amp;Updated:</source>
        <translation>&amp;Fréquence de mise à jour :</translation>
    </message>
    <message>
        <source>for example every year</source>
        <translation>par exemple chaque année</translation>
    </message>
    <message>
        <source>&amp;Last update:</source>
        <translation>&amp;Dernière mise à jour :</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Re&amp;marques :</translation>
    </message>
    <message>
        <source>&amp;Reports it feeds:</source>
        <translation>&amp;Rapports alimentés :</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Fréquence de mise à jour</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>Rapports alimentés</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>%1 already holds assessments. The demo is only written into a new, empty workspace.</source>
        <translation>%1 contient déjà des évaluations. La démonstration ne peut être enregistrée que dans un espace de travail nouveau et vide.</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Round details</source>
        <translation>Détails du cycle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>P&amp;articipants (one per line):</source>
        <translation>P&amp;articipants (un par ligne) :</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong that Synergy Desktop did not expect. Your saved answers are safe. If it happens again, send the details below to your support contact.</source>
        <translation>Synergy Desktop a rencontré un problème inattendu. Vos réponses enregistrées ne sont pas perdues. Si le problème se reproduit, envoyez les détails ci-dessous à votre contact d'assistance.</translation>
    </message>
    <message>
        <source>%1

The details are also in the log file %2.</source>
        <translation>%1

Les détails figurent également dans le fichier journal %2.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message>
        <source>The country profile excludes every instrument.</source>
        <translation>Le profil du pays exclut tous les instruments.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled.</source>
        <translation>%1 fonctions pourvues sur %2.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; missing: %3.</source>
        <translation>%1 fonctions pourvues sur %2 ; manquantes : %3.</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>Aucun mécanisme de coordination n'est encore enregistré.</translation>
    </message>
    <message>
        <source>Focal points of %1 are not members of %2.</source>
        <translation>Les correspondants nationaux de %1 ne sont pas membres de %2.</translation>
    </message>
    <message>
        <source>No national target is recorded yet (NBSAP alignment).</source>
        <translation>Aucun objectif national n'est encore enregistré (alignement sur le SPANB).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1 : %2 cibles couvertes sur %3</translation>
    </message>
    <message>
        <source>No dataset is recorded yet (reporting calendar).</source>
        <translation>Aucun jeu de données n'est encore enregistré (calendrier des rapports).</translation>
    </message>
<message numerus="yes"><source>%1 met %n time(s) in the last 12 months (planned: %2 a year).</source><translation><numerusform>%1 s'est réuni %n fois au cours des 12 derniers mois (prévu : %2 par an).</numerusform><numerusform>%1 s'est réuni %n fois au cours des 12 derniers mois (prévu : %2 par an).</numerusform></translation></message><message numerus="yes"><source>%n dataset(s) recorded; %1 feed two or more reports.</source><translation><numerusform>%n jeu de données enregistré ; %1 alimentent deux rapports ou plus.</numerusform><numerusform>%n jeux de données enregistrés ; %1 alimentent deux rapports ou plus.</numerusform></translation></message><message numerus="yes"><source>%n national target(s) recorded.</source><translation><numerusform>%n objectif national enregistré.</numerusform><numerusform>%n objectifs nationaux enregistrés.</numerusform></translation></message><message numerus="yes"><source>%n national target(s) serve no reference target: %1.</source><translation><numerusform>%n objectif national ne contribue à aucune cible de référence : %1.</numerusform><numerusform>%n objectifs nationaux ne contribuent à aucune cible de référence : %1.</numerusform></translation></message><message numerus="yes"><source>%n reporting obligation(s) in the calendar; %1 overdue.</source><translation><numerusform>%n obligation de rapport dans le calendrier ; %1 en retard.</numerusform><numerusform>%n obligations de rapport dans le calendrier ; %1 en retard.</numerusform></translation></message><message numerus="yes"><source>%n role(s) not verified in the last %1 months.</source><translation><numerusform>%n fonction non vérifiée au cours des %1 derniers mois.</numerusform><numerusform>%n fonctions non vérifiées au cours des %1 derniers mois.</numerusform></translation></message><message numerus="yes"><source>Next deadline: %1 %2 in %n day(s).</source><translation><numerusform>Prochaine échéance : %1 %2 dans %n jour.</numerusform><numerusform>Prochaine échéance : %1 %2 dans %n jours.</numerusform></translation></message></context>
<context>
    <name>Excel</name>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Option title</source>
        <translation>Titre de l'option</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>Aucune prochaine étape n'est encore consignée dans ce cycle.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Dernière modification par</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Coverage of focal-point roles</source>
        <translation>Couverture des fonctions de correspondant national</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 missing; %4 not verified in the last %5 months.</source>
        <translation>%1 fonctions pourvues sur %2 ; %3 manquantes ; %4 non vérifiées au cours des %5 derniers mois.</translation>
    </message>
    <message>
        <source>✓ filled   ! not verified recently   ✗ missing</source>
        <translation>✓ pourvue   ! non vérifiée récemment   ✗ manquante</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Fonction %1</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>Aucun mécanisme de coordination n'est encore enregistré.</translation>
    </message>
    <message>
        <source>Legal basis or act</source>
        <translation>Base juridique ou acte</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Planned meetings per year</source>
        <translation>Réunions prévues par an</translation>
    </message>
    <message>
        <source>Meetings in the last 12 months</source>
        <translation>Réunions au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>Instruments without a focal point among the members</source>
        <translation>Instruments sans correspondant national parmi les membres</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Correspondants nationaux</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>Désigné le</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>No focal point is recorded in this workspace yet.</source>
        <translation>Aucun correspondant national n'est encore enregistré dans cet espace de travail.</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>Alignement sur le SPANB</translation>
    </message>
    <message>
        <source>2 = direct contribution, 1 = partial contribution, empty = none.</source>
        <translation>2 = contribution directe, 1 = contribution partielle, vide = aucune.</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>Aucun objectif national n'est encore enregistré dans cet espace de travail.</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Objectif national</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>Couverture et lacunes</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1 : %2 cibles couvertes sur %3</translation>
    </message>
    <message>
        <source>   not covered: %1 %2</source>
        <translation>   non couverte : %1 %2</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>Objectifs nationaux ne contribuant à aucune cible de référence</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Synergies self-assessment – summary</source>
        <translation>Auto-évaluation des synergies – synthèse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Framework id and version</source>
        <translation>Identifiant et version du cadre</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1, version %2 (contenu %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>No option has been answered in this round yet: every area below shows 0 of its options answered.</source>
        <translation>Aucune option n'a encore été renseignée dans ce cycle : chaque domaine ci-dessous affiche 0 option renseignée.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Renseignées</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of rated, applicable options ÷ 4; an empty score means no option of the area is rated yet.</source>
        <translation>Complétude = options renseignées ÷ ensemble des options. Score = note moyenne (0-4) des options notées et applicables ÷ 4 ; un score vide signifie qu'aucune option du domaine n'est encore notée.</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>Complétude et score par domaine</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proportion</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>Score par domaine</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Writing the instructions…</source>
        <translation>Rédaction des instructions…</translation>
    </message>
    <message>
        <source>Writing area %1…</source>
        <translation>Rédaction du domaine %1…</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>Enregistrement du classeur…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Synergies self-assessment – questionnaire</source>
        <translation>Auto-évaluation des synergies – questionnaire</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Cycle d'évaluation : %1</translation>
    </message>
    <message>
        <source>Framework: %1, version %2</source>
        <translation>Cadre : %1, version %2</translation>
    </message>
    <message>
        <source>How to fill in this questionnaire</source>
        <translation>Comment remplir ce questionnaire</translation>
    </message>
    <message>
        <source>1. Each sheet is one area of the framework; each row is one option. Read the option and its questions in the grey columns.</source>
        <translation>1. Chaque feuille correspond à un domaine du cadre ; chaque ligne correspond à une option. Lisez l'option et ses questions dans les colonnes grises.</translation>
    </message>
    <message>
        <source>2. Fill in the yellow cells only. Choose the rating and the priority from the drop-down lists; the other cells take free text.</source>
        <translation>2. Remplissez uniquement les cellules jaunes. Choisissez la note et la priorité dans les listes déroulantes ; les autres cellules acceptent du texte libre.</translation>
    </message>
    <message>
        <source>3. Ratings: 0 not started, 1 planned or initial steps, 2 partly in place, 3 largely in place, 4 fully in place, NA not applicable, ND not yet discussed.</source>
        <translation>3. Notes : 0 non commencé, 1 prévu ou premières mesures, 2 partiellement en place, 3 en grande partie en place, 4 entièrement en place, NA non applicable, ND pas encore examiné.</translation>
    </message>
    <message>
        <source>4. Conventions concerned: codes separated by commas, from this list: %1.</source>
        <translation>4. Conventions concernées : codes séparés par des virgules, choisis dans cette liste : %1.</translation>
    </message>
    <message>
        <source>5. Target dates as dates (for example 2027-06-30).</source>
        <translation>5. Dates cibles sous forme de dates (par exemple 2027-06-30).</translation>
    </message>
    <message>
        <source>6. Do not add, move or delete rows or sheets, and do not change the grey cells: the file is read back automatically.</source>
        <translation>6. N'ajoutez, ne déplacez et ne supprimez aucune ligne ni aucune feuille, et ne modifiez pas les cellules grises : le fichier est relu automatiquement.</translation>
    </message>
    <message>
        <source>7. Save the file as an Excel workbook (.xlsx) and send it back. The answers already given are filled in; change what is no longer true.</source>
        <translation>7. Enregistrez le fichier en tant que classeur Excel (.xlsx) et renvoyez-le. Les réponses déjà données sont préremplies ; modifiez ce qui n'est plus exact.</translation>
    </message>
    <message>
        <source>What the option asks</source>
        <translation>Ce que demande l'option</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose a rating from the list.</source>
        <translation>Choisissez une note dans la liste.</translation>
    </message>
    <message>
        <source>Type a date, for example 2027-06-30.</source>
        <translation>Saisissez une date, par exemple 2027-06-30.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>présenté</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Calendrier des rapports</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue on %3.</source>
        <translation>%1 obligations, dont %2 en retard au %3.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Présenté le</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>pas de date fixe</translation>
    </message>
    <message>
        <source>The calendar is empty.</source>
        <translation>Le calendrier est vide.</translation>
    </message>
    <message>
        <source>Datasets and the reports they feed</source>
        <translation>Jeux de données et rapports qu'ils alimentent</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Fréquence de mise à jour</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>Rapports alimentés</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Writing sheets…</source>
        <translation>Rédaction des feuilles…</translation>
    </message>
    <message>
        <source>Long texts</source>
        <translation>Textes longs</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texte intégral</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names left out of this export</source><translation><numerusform>%n participant ; noms omis dans cet export</numerusform><numerusform>%n participants ; noms omis dans cet export</numerusform></translation></message></context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Leave out personal data (names, e-mails, phones and addresses)</source>
        <translation>Exclure les données personnelles (noms, courriels, téléphones et adresses)</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Option text</source>
        <translation>Texte de l'option</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>FindActions</name>
    <message>
        <source>&amp;Find…</source>
        <translation>R&amp;echercher…</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find in this round</source>
        <translation>Rechercher dans ce cycle</translation>
    </message>
    <message>
        <source>&amp;Find in options, evidence, gaps and next steps:</source>
        <translation>&amp;Rechercher dans les options, les éléments probants, les lacunes et les prochaines étapes :</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Mots à rechercher</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Passages trouvés</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>%n passage trouvé</numerusform>
            <numerusform>%n passages trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found in this round.</source>
        <translation>Aucun résultat dans ce cycle.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <extracomment>Instrument families ticked at first: every convention and protocol, and the GEF, which nearly every country takes part in. The team unticks what the country has not joined.</extracomment>
        <translation>Auto-évaluation %1</translation>
    </message>
    <message>
        <source>Set up the new workspace</source>
        <translation>Configurer le nouvel espace de travail</translation>
    </message>
    <message>
        <source>Set up the workspace for your country</source>
        <translation>Configurer l'espace de travail pour votre pays</translation>
    </message>
    <message>
        <source>A few answers and the workspace is ready: the pages then show only the treaties the country is Party to, the reporting calendar starts from today, and the team can start answering. Everything can be changed later (File &gt; Country profile).</source>
        <translation>Quelques réponses suffisent pour que l'espace de travail soit prêt : les pages n'affichent alors que les traités auxquels le pays est Partie, le calendrier des rapports part de la date du jour et l'équipe peut commencer à répondre. Tout peut être modifié par la suite (Fichier &gt; Profil du pays).</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Nom &amp;abrégé :</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>Code &amp;ISO :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>for example Republic of Verdania</source>
        <translation>par exemple République de Verdania</translation>
    </message>
    <message>
        <source>for example Verdania (optional)</source>
        <translation>par exemple Verdania (facultatif)</translation>
    </message>
    <message>
        <source>three letters, for example VRD (optional)</source>
        <translation>trois lettres, par exemple VRD (facultatif)</translation>
    </message>
    <message>
        <source>shown in the history of every change you make</source>
        <translation>affiché dans l'historique de chaque modification que vous effectuez</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Nom du pays</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Treaties the country is &amp;Party to</source>
        <translation>Traités auxquels le pays est Pa&amp;rtie</translation>
    </message>
    <message>
        <source>Untick those the country has not joined: their roles, reports and goals are then left out of the register, the calendar and the alignment.</source>
        <translation>Décochez ceux auxquels le pays n'a pas adhéré : leurs fonctions, rapports et objectifs sont alors exclus du registre, du calendrier et de l'alignement.</translation>
    </message>
    <message>
        <source>Start the first &amp;round of the self-assessment now</source>
        <translation>Commencer dès maintenant le premier c&amp;ycle de l'auto-évaluation</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>Titre du cycle</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace</source>
        <translation>&amp;Configurer l'espace de travail</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>A new person</source>
        <translation>Une nouvelle personne</translation>
    </message>
    <message>
        <source>Prefi&amp;x:</source>
        <translation>&amp;Civilité :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>P&amp;rénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;oste :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Courri&amp;el :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Ins&amp;trument:</source>
        <translation>Instr&amp;ument :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>F&amp;onction :</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>Primary contact for this instrument</source>
        <translation>Contact principal pour cet instrument</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Designation date</source>
        <translation>Date de désignation</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Desi&amp;gnated on:</source>
        <translation>Date de dési&amp;gnation :</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Date last verified</source>
        <translation>Date de la dernière vérification</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>Dernière &amp;vérification :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Remar&amp;ques :</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Date du changement</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>Note de passation</translation>
    </message>
    <message>
        <source>What the new holder needs to know: open files, deadlines, contacts…</source>
        <translation>Ce que le nouveau titulaire doit savoir : dossiers en cours, échéances, contacts…</translation>
    </message>
    <message>
        <source>Date of the &amp;change (YYYY-MM-DD):</source>
        <translation>Date du c&amp;hangement (YYYY-MM-DD) :</translation>
    </message>
    <message>
        <source>&amp;Hand-over note:</source>
        <translation>&amp;Note de passation :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Note de passation de %1 (jusqu'au %2) :&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>The date of the change must be written as YYYY-MM-DD, not “%1”.</source>
        <translation>La date du changement doit être écrite au format YYYY-MM-DD, et non « %1 ».</translation>
    </message>
</context>
<context>
    <name>FocalPointModel</name>
    <message>
        <source>former holder until %1</source>
        <translation>ancien titulaire jusqu'au %1</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>non vérifié récemment</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>FocalPoints</name>
    <message>
        <source>This entry already belongs to a former holder.</source>
        <translation>Cette entrée appartient déjà à un ancien titulaire.</translation>
    </message>
    <message>
        <source>The change cannot be dated before the previous holder was designated.</source>
        <translation>Le changement ne peut pas être antérieur à la désignation du titulaire précédent.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Instrument inconnu : « %1 ».</translation>
    </message>
    <message>
        <source>%1 has no role “%2”.</source>
        <translation>%1 n'a pas de fonction « %2 ».</translation>
    </message>
    <message>
        <source>Give the institution of the focal point; it stays in exports even without personal data.</source>
        <translation>Indiquez l'institution du correspondant national ; elle figure dans les exports même sans données personnelles.</translation>
    </message>
    <message>
        <source>Give a name, or at least the position, of the person who holds the role.</source>
        <translation>Indiquez le nom, ou au moins le poste, de la personne qui exerce la fonction.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (expected something like name@ministry.gov).</source>
        <translation>« %1 » n'est pas une adresse électronique valide (format attendu : nom@ministere.gouv).</translation>
    </message>
    <message>
        <source>The date last verified cannot be in the future.</source>
        <translation>La date de dernière vérification ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The entry cannot have been verified before the designation.</source>
        <translation>L'entrée ne peut pas avoir été vérifiée avant la désignation.</translation>
    </message>
    <message>
        <source>%1 can have only one holder, and %2 holds it. Use “Change holder” to record a new holder.</source>
        <translation>%1 ne peut avoir qu'un seul titulaire, et c'est actuellement %2. Utilisez « Changer de titulaire » pour enregistrer un nouveau titulaire.</translation>
    </message>
    <message>
        <source>There is no focal-point entry with id %1.</source>
        <translation>Il n'existe aucune entrée de correspondant national d'identifiant %1.</translation>
    </message>
</context>
<context>
    <name>FocalPointsView</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>I&amp;nstrument :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>F&amp;onction :</translation>
    </message>
    <message>
        <source>Instit&amp;ution:</source>
        <translation>Instit&amp;ution :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Change holder…</source>
        <translation>C&amp;hanger de titulaire…</translation>
    </message>
    <message>
        <source>Show for&amp;mer holders</source>
        <translation>Afficher les anciens &amp;titulaires</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <source>Import focal points from a spreadsheet (Excel workbook or CSV file)</source>
        <translation>Importer des correspondants nationaux depuis une feuille de calcul (classeur Excel ou fichier CSV)</translation>
    </message>
    <message>
        <source>Add a focal point…</source>
        <translation>Ajouter un correspondant national…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Importer depuis une feuille de calcul…</translation>
    </message>
    <message>
        <source>name, e-mail, position…</source>
        <translation>nom, courriel, poste…</translation>
    </message>
    <message>
        <source>Focal points and authorities</source>
        <translation>Correspondants nationaux et autorités</translation>
    </message>
    <message>
        <source>Coverage of roles</source>
        <translation>Couverture des fonctions</translation>
    </message>
    <message>
        <source>Details of the chosen entry</source>
        <translation>Détails de l'entrée sélectionnée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage: every role of every instrument the country is Party to&lt;/b&gt;</source>
        <translation>&lt;b&gt;Couverture : chaque fonction de chaque instrument auquel le pays est Partie&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entrée affichée</numerusform>
            <numerusform>%n entrées affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>No focal point is recorded yet</source>
        <translation>Aucun correspondant national n'est encore enregistré</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>✓ filled (green)   ! not verified in the last %1 months (amber)   ✗ missing (red) — %2 of %3 roles filled, %4 missing</source>
        <translation>✓ pourvue (vert)   ! non vérifiée au cours des %1 derniers mois (orange)   ✗ manquante (rouge) — %2 fonctions pourvues sur %3, %4 manquantes</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an entry to see its details, hand-over note and the former holders of the role.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une entrée pour afficher ses détails, sa note de passation et les anciens titulaires de la fonction.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Note de passation de %1 (jusqu'au %2) :&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Former holders</source>
        <translation>Anciens titulaires</translation>
    </message>
    <message>
        <source>Add a focal point</source>
        <translation>Ajouter un correspondant national</translation>
    </message>
    <message>
        <source>Edit focal point</source>
        <translation>Modifier le correspondant national</translation>
    </message>
    <message>
        <source>Change holder</source>
        <translation>Changer de titulaire</translation>
    </message>
    <message>
        <source>Delete the entry “%1” for %2? Use “Change holder” instead when somebody else took over: it keeps the history.</source>
        <translation>Supprimer l'entrée « %1 » pour %2 ? Si quelqu'un d'autre a pris le relais, utilisez plutôt « Changer de titulaire » : l'historique est ainsi conservé.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer l'entrée</translation>
    </message>
<message numerus="yes"><source>Record who holds each focal point and authority role of the treaties the country is Party to; the matrix below shows the %n role(s) to fill. If the team already keeps a list in a spreadsheet, import it: every row is checked and shown to you before anything is added.</source><translation><numerusform>Consignez le titulaire de chaque fonction de correspondant national et d'autorité prévue par les traités auxquels le pays est Partie ; la matrice ci-dessous présente %n fonction à pourvoir. Si l'équipe tient déjà une liste dans une feuille de calcul, importez-la : chaque ligne est vérifiée et vous est présentée avant tout ajout.</numerusform><numerusform>Consignez le titulaire de chaque fonction de correspondant national et d'autorité prévue par les traités auxquels le pays est Partie ; la matrice ci-dessous présente les %n fonctions à pourvoir. Si l'équipe tient déjà une liste dans une feuille de calcul, importez-la : chaque ligne est vérifiée et vous est présentée avant tout ajout.</numerusform></translation></message></context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <source>Add a reference framework</source>
        <translation>Ajouter un cadre de référence</translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation>&amp;Code abrégé :</translation>
    </message>
    <message>
        <source>for example AU-STRATEGY</source>
        <translation>par exemple AU-STRATEGY</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>I&amp;nstrument :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>decision or resolution that adopted it</source>
        <translation>décision ou résolution qui l'a adopté</translation>
    </message>
    <message>
        <source>&amp;Goals or targets:</source>
        <translation>&amp;Objectifs ou cibles :</translation>
    </message>
    <message>
        <source>One per line, as “code: title”, for example
G1: Reduce threats to species</source>
        <translation>Un par ligne, sous la forme « code : titre », par exemple
G1 : Réduire les menaces pesant sur les espèces</translation>
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
        <translation>%1 options sur %2 renseignées</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>renseignée</translation>
    </message>
    <message>
        <source>not yet discussed</source>
        <translation>pas encore examinée</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.a.</translation>
    </message>
    <message>
        <source>Area and option</source>
        <translation>Domaine et option</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>User guide</source>
        <translation>Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>a word or a phrase, for example round</source>
        <translation>un mot ou une expression, par exemple cycle</translation>
    </message>
    <message>
        <source>Search the user guide</source>
        <translation>Rechercher dans le guide de l'utilisateur</translation>
    </message>
    <message>
        <source>Sections of the user guide</source>
        <translation>Sections du guide de l'utilisateur</translation>
    </message>
    <message>
        <source>Places found in the user guide</source>
        <translation>Passages trouvés dans le guide de l'utilisateur</translation>
    </message>
    <message>
        <source>Text of the user guide</source>
        <translation>Texte du guide de l'utilisateur</translation>
    </message>
    <message>
        <source>%1 – User guide</source>
        <translation>%1 – Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sommaire&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Saisissez au moins deux lettres.</translation>
    </message>
    <message>
        <source>No place in the guide contains “%1”.</source>
        <translation>Aucun passage du guide ne contient « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>%n passage trouvé</numerusform>
            <numerusform>%n passages trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
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
        <translation>Importer des objectifs nationaux</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2: %3 target(s) will be added; %4 row(s) are rejected and will not be imported.</source>
        <translation>Feuille « %1 » de %2 : %3 objectif(s) seront ajoutés ; %4 ligne(s) sont rejetées et ne seront pas importées.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Targets to add</source>
        <translation>Objectifs à ajouter</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message numerus="yes">
        <source>Import %n target(s)</source>
        <translation>
            <numerusform>Importer %n objectif</numerusform>
            <numerusform>Importer %n objectifs</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;À ajouter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lignes rejetées&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>0 – not started</source>
        <translation>0 – non commencé</translation>
    </message>
    <message>
        <source>1 – planned or initial steps</source>
        <translation>1 – prévu ou premières mesures</translation>
    </message>
    <message>
        <source>2 – partly in place</source>
        <translation>2 – partiellement en place</translation>
    </message>
    <message>
        <source>3 – largely in place</source>
        <translation>3 – en grande partie en place</translation>
    </message>
    <message>
        <source>4 – fully in place</source>
        <translation>4 – entièrement en place</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Pas encore examiné</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finalisé</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Conventions concerned</source>
        <translation>Conventions concernées</translation>
    </message>
    <message>
        <source>Responsible institution(s)</source>
        <translation>Institution(s) responsable(s)</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Éléments probants et remarques</translation>
    </message>
    <message>
        <source>Gaps and obstacles</source>
        <translation>Lacunes et obstacles</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle d'évaluation</translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>Rien n'a encore été fait.</translation>
    </message>
    <message>
        <source>The step is planned or the first actions have started.</source>
        <translation>L'étape est prévue ou les premières mesures ont commencé.</translation>
    </message>
    <message>
        <source>Some elements work, but important parts are missing.</source>
        <translation>Certains éléments fonctionnent, mais des parties importantes manquent.</translation>
    </message>
    <message>
        <source>Most elements work; a few gaps remain.</source>
        <translation>La plupart des éléments fonctionnent ; quelques lacunes subsistent.</translation>
    </message>
    <message>
        <source>The option is fully in place and works in practice.</source>
        <translation>L'option est entièrement en place et fonctionne dans la pratique.</translation>
    </message>
    <message>
        <source>The option does not apply to this country; it is left out of the scores.</source>
        <translation>L'option ne s'applique pas à ce pays ; elle est exclue des scores.</translation>
    </message>
    <message>
        <source>The team has not discussed this option yet.</source>
        <translation>L'équipe n'a pas encore examiné cette option.</translation>
    </message>
    <message>
        <source>focal-point register</source>
        <translation>registre des correspondants nationaux</translation>
    </message>
    <message>
        <source>coordination mechanism</source>
        <translation>mécanisme de coordination</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>alignement sur le SPANB</translation>
    </message>
    <message>
        <source>reporting calendar</source>
        <translation>calendrier des rapports</translation>
    </message>
    <message>
        <source>shared datasets</source>
        <translation>jeux de données partagés</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Ouvrir l'espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Export summary…</source>
        <translation>&amp;Exporter la synthèse…</translation>
    </message>
    <message>
        <source>Open team ser&amp;ver workspace…</source>
        <translation>Ouvrir un espace de travail du ser&amp;veur d'équipe…</translation>
    </message>
    <message>
        <source>Export q&amp;uestionnaire…</source>
        <translation>Exporter le ques&amp;tionnaire…</translation>
    </message>
    <message>
        <source>&amp;Import questionnaire…</source>
        <translation>&amp;Importer un questionnaire…</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>Enregistrer l'espace de travail &amp;sous…</translation>
    </message>
    <message>
        <source>Country &amp;profile…</source>
        <translation>&amp;Profil du pays…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Vue d'&amp;ensemble</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>Correspondants &amp;nationaux</translation>
    </message>
    <message>
        <source>&amp;Coordination</source>
        <translation>&amp;Coordination</translation>
    </message>
    <message>
        <source>&amp;NBSAP alignment</source>
        <translation>Alignement sur le &amp;SPANB</translation>
    </message>
    <message>
        <source>&amp;Reporting calendar</source>
        <translation>Calendrier des &amp;rapports</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Fermer l'espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nouveau cycle…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Round &amp;details…</source>
        <translation>&amp;Détails du cycle…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finaliser…</translation>
    </message>
    <message>
        <source>New round from &amp;this one…</source>
        <translation>Nouveau cycle à partir de &amp;celui-ci…</translation>
    </message>
    <message>
        <source>De&amp;lete round…</source>
        <translation>&amp;Supprimer le cycle…</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>Nor&amp;mal text size</source>
        <translation>Taille de texte nor&amp;male</translation>
    </message>
    <message>
        <source>Ne&amp;xt option</source>
        <translation>Option s&amp;uivante</translation>
    </message>
    <message>
        <source>&amp;Previous option</source>
        <translation>Option &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;History panel</source>
        <translation>Panneau d'&amp;historique</translation>
    </message>
    <message>
        <source>&amp;About Synergy Desktop</source>
        <translation>À &amp;propos de Synergy Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un espace &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Round: </source>
        <translation>&amp;Cycle d'évaluation : </translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Cycle d'évaluation</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle d'évaluation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
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
        <translation>aucune contribution</translation>
    </message>
    <message>
        <source>partial contribution</source>
        <translation>contribution partielle</translation>
    </message>
    <message>
        <source>direct contribution</source>
        <translation>contribution directe</translation>
    </message>
    <message>
        <source>%1 → %2 %3: %4</source>
        <translation>%1 → %2 %3 : %4</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>Consigner une réunion</translation>
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
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants :</translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation>Déc&amp;isions :</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Prochaines é&amp;tapes :</translation>
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
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>(an institution, not a person of the register)</source>
        <translation>(une institution, et non une personne du registre)</translation>
    </message>
    <message>
        <source>Person from the register</source>
        <translation>Personne du registre</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
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
        <translation>%1 ne peut pas être fusionné : ses enregistrements sont endommagés ou incomplets. Rien n’a été modifié ; demandez une nouvelle copie.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its round “%2” was answered against the framework %3 version %4, and this workspace uses %5 version %6. Nothing was changed.</source>
        <translation>%1 ne peut pas être fusionné : son cycle « %2 » a été renseigné selon le cadre %3 version %4, alors que cet espace de travail utilise %5 version %6. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is this workspace itself; choose another file to merge.</source>
        <translation>%1 est cet espace de travail lui-même ; choisissez un autre fichier à fusionner.</translation>
    </message>
    <message>
        <source>The merge was not applied (%1). Nothing was changed.</source>
        <translation>La fusion n'a pas été appliquée (%1). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>fusionné depuis %1</translation>
    </message>
    <message>
        <source>kept this workspace's value</source>
        <translation>valeur de cet espace de travail conservée</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle d'évaluation</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Profil du pays</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Correspondant national</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>Mécanisme de coordination</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Objectif national</translation>
    </message>
    <message>
        <source>Reference framework</source>
        <translation>Cadre de référence</translation>
    </message>
    <message>
        <source>Framework target</source>
        <translation>Cible du cadre</translation>
    </message>
    <message>
        <source>Alignment cell</source>
        <translation>Cellule d'alignement</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Reporting obligation</source>
        <translation>Obligation de rapport</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Instruments left out</source>
        <translation>Instruments exclus</translation>
    </message>
    <message>
        <source>Months before an entry needs checking</source>
        <translation>Nombre de mois avant qu'une entrée doive être vérifiée</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>Désigné le</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fin de fonction le</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>Note de passation</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Réunions par an</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>Version du SPANB</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Code abrégé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>Cible de référence</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Fréquence de mise à jour</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>Périodicité (mois)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due date precision</source>
        <translation>Précision de l'échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Présenté le</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(enregistrement entier)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n réponse(s)</numerusform><numerusform>%n réponse(s)</numerusform></translation></message>
    <message>
        <source>The round is finalised here.</source>
        <translation>Ce cycle est finalisé dans cet espace de travail.</translation>
    </message>
    <message>
        <source>It belongs to a record that is not in this workspace.</source>
        <translation>Son enregistrement parent ne figure pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>This workspace has another framework with the same key.</source>
        <translation>Cet espace de travail contient un autre cadre portant le même code abrégé.</translation>
    </message>
    <message>
        <source>Records added here still refer to it.</source>
        <translation>Des enregistrements ajoutés dans cet espace de travail y font encore référence.</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>Espaces de travail Synergy (*.synergy);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Merge another workspace</source>
        <translation>Fusionner un autre espace de travail</translation>
    </message>
    <message>
        <source>Reading the other workspace…</source>
        <translation>Lecture de l'autre espace de travail…</translation>
    </message>
    <message>
        <source>%1 holds nothing that this workspace does not have already.</source>
        <translation>%1 ne contient rien que cet espace de travail n'ait déjà.</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed.</source>
        <translation>Fusion annulée ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <source>Merged %1: %2 change(s) applied, %3 conflict(s) kept as here, %4 left undecided, %5 held.</source>
        <translation>Fusion de %1 terminée : %2 modification(s) appliquée(s), %3 conflit(s) conservé(s) en l'état, %4 laissé(s) en suspens, %5 bloquée(s).</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Enregistrement d'une copie…</translation>
    </message>
    <message>
        <source>A copy was saved to %1; you are still working in %2.</source>
        <translation>Une copie a été enregistrée dans %1 ; vous travaillez toujours dans %2.</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>Comparer des espaces de travail</translation>
    </message>
    <message>
        <source>Choose two or more workspaces (hold Ctrl to choose several).</source>
        <translation>Choisissez au moins deux espaces de travail (maintenez la touche Ctrl enfoncée pour en sélectionner plusieurs).</translation>
    </message>
    <message>
        <source>Reading the workspaces…</source>
        <translation>Lecture des espaces de travail…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Rédaction du classeur…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Comparison written to %1</source>
        <translation>Comparaison enregistrée dans %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>Impossible d'enregistrer le classeur dans %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Merge another workspace…</source>
        <translation>F&amp;usionner un autre espace de travail…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Compare &amp;workspaces…</source>
        <translation>Co&amp;mparer des espaces de travail…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another workspace</source>
        <translation>Fusionner un autre espace de travail</translation>
    </message>
    <message>
        <source>%1: %2 change(s) come in; %3 conflict(s) need your choice; %4 change(s) are held and not applied. A backup copy is made before anything is written.</source>
        <translation>%1 : %2 modification(s) entrante(s) ; %3 conflit(s) à trancher ; %4 modification(s) bloquée(s), qui ne seront pas appliquées. Une copie de sauvegarde est faite avant toute écriture.</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records are matched by their stable ids only, and every difference is a conflict.</source>
        <translation>Les deux espaces de travail n'ont aucun historique commun : les enregistrements sont appariés uniquement par leurs identifiants stables, et chaque différence constitue un conflit.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Incoming changes</source>
        <translation>Modifications entrantes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Held changes</source>
        <translation>Modifications bloquées</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incoming changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modifications entrantes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (tick to take theirs)</source>
        <translation>&lt;b&gt;Conflits&lt;/b&gt; (cochez pour prendre la version de l'autre fichier)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held&lt;/b&gt; (reported, not applied)</source>
        <translation>&lt;b&gt;Bloquées&lt;/b&gt; (signalées, non appliquées)</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Garder toutes les miennes</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Prendre toutes les leurs</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>Nbsap</name>
    <message>
        <source>A national target needs a code, for example T1 or 3.2.</source>
        <translation>Un objectif national doit avoir un code, par exemple T1 ou 3.2.</translation>
    </message>
    <message>
        <source>“%1” is not a usable code: use letters, digits, dots or dashes, at most 30.</source>
        <translation>« %1 » n'est pas un code utilisable : utilisez des lettres, des chiffres, des points ou des tirets, 30 caractères au maximum.</translation>
    </message>
    <message>
        <source>A national target needs a title.</source>
        <translation>Un objectif national doit avoir un titre.</translation>
    </message>
    <message>
        <source>The title is too long (at most 500 characters).</source>
        <translation>Le titre est trop long (500 caractères au maximum).</translation>
    </message>
    <message>
        <source>There is already a national target with the code “%1”.</source>
        <translation>Il existe déjà un objectif national portant le code « %1 ».</translation>
    </message>
    <message>
        <source>There is no national target with id %1.</source>
        <translation>Il n'existe aucun objectif national d'identifiant %1.</translation>
    </message>
    <message>
        <source>There is no reference framework “%1”.</source>
        <translation>Il n'existe aucun cadre de référence « %1 ».</translation>
    </message>
    <message>
        <source>Give the framework a short code (letters, digits, dots or dashes).</source>
        <translation>Attribuez au cadre un code abrégé (lettres, chiffres, points ou tirets).</translation>
    </message>
    <message>
        <source>A framework with the code “%1” exists already.</source>
        <translation>Un cadre portant le code « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Give the framework a name.</source>
        <translation>Attribuez un nom au cadre.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Instrument inconnu : « %1 ».</translation>
    </message>
    <message>
        <source>List at least one goal or target, one per line as “code: title”.</source>
        <translation>Indiquez au moins un objectif ou une cible, un par ligne, sous la forme « code : titre ».</translation>
    </message>
    <message>
        <source>Each goal needs its own short code and a title, one per line as “code: title”.</source>
        <translation>Chaque objectif doit avoir son propre code abrégé et un titre, un par ligne, sous la forme « code : titre ».</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>Seuls les cadres ajoutés dans cet espace de travail peuvent être supprimés.</translation>
    </message>
    <message>
        <source>%1 has no target “%2”.</source>
        <translation>%1 n'a pas de cible « %2 ».</translation>
    </message>
</context>
<context>
    <name>NbsapView</name>
    <message>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <source>&lt;b&gt;National targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Objectifs nationaux&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>Im&amp;porter depuis Excel…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Reference frame&amp;work:</source>
        <translation>Cadre de &amp;référence :</translation>
    </message>
    <message>
        <source>Add a framework…</source>
        <translation>Ajouter un cadre…</translation>
    </message>
    <message>
        <source>Delete framework…</source>
        <translation>Supprimer le cadre…</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>Seuls les cadres ajoutés dans cet espace de travail peuvent être supprimés.</translation>
    </message>
    <message>
        <source>&amp;Note on cell…</source>
        <translation>&amp;Note sur la cellule…</translation>
    </message>
    <message>
        <source>National targets</source>
        <translation>Objectifs nationaux</translation>
    </message>
    <message>
        <source>No national target is recorded yet</source>
        <translation>Aucun objectif national n'est encore enregistré</translation>
    </message>
    <message>
        <source>Add the targets of your NBSAP, or import them from an Excel sheet with a “Code” and a “Title” column. Then mark which global targets each one serves (the Kunming-Montreal framework and the goals of the other conventions), and see the gaps both ways.</source>
        <translation>Ajoutez les objectifs de votre SPANB, ou importez-les depuis une feuille Excel comportant une colonne « Code » et une colonne « Titre ». Indiquez ensuite les cibles mondiales que sert chacun d'eux (le Cadre de Kunming-Montréal et les objectifs des autres conventions), et repérez les lacunes dans les deux sens.</translation>
    </message>
    <message>
        <source>Add a target…</source>
        <translation>Ajouter un objectif…</translation>
    </message>
    <message>
        <source>Import targets from Excel…</source>
        <translation>Importer des objectifs depuis Excel…</translation>
    </message>
    <message>
        <source>Alignment matrix</source>
        <translation>Matrice d'alignement</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>Couverture et lacunes</translation>
    </message>
    <message>
        <source>● direct contribution   ◐ partial   (empty) none. Keys: 2 direct, 1 partial, 0 none, Space cycles, F2 opens a list. Point at a cell for the target's title.</source>
        <translation>● contribution directe   ◐ partielle   (vide) aucune. Touches : 2 directe, 1 partielle, 0 aucune, Espace pour passer d'une valeur à l'autre, F2 ouvre une liste. Survolez une cellule pour afficher le titre de la cible.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>%1 of %2 covered (%3%)</source>
        <translation>%1 cibles couvertes sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>Coverage of each framework</source>
        <translation>Couverture de chaque cadre</translation>
    </message>
    <message>
        <source>Reference targets no national target covers</source>
        <translation>Cibles de référence qu'aucun objectif national ne couvre</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>Objectifs nationaux qui ne servent aucune cible de référence</translation>
    </message>
    <message>
        <source>Add a national target</source>
        <translation>Ajouter un objectif national</translation>
    </message>
    <message>
        <source>Edit national target</source>
        <translation>Modifier l'objectif national</translation>
    </message>
    <message>
        <source>Delete the national target %1 “%2” and its alignments?</source>
        <translation>Supprimer l'objectif national %1 « %2 » et ses alignements ?</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Supprimer l'objectif</translation>
    </message>
    <message>
        <source>Import national targets</source>
        <translation>Importer des objectifs nationaux</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n national target(s) added.</source>
        <translation>
            <numerusform>%n objectif national ajouté.</numerusform>
            <numerusform>%n objectifs nationaux ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the reference framework “%1” and every alignment to it? This cannot be undone.</source>
        <translation>Supprimer le cadre de référence « %1 » et toutes les correspondances qui s'y rapportent ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete framework</source>
        <translation>Supprimer le cadre</translation>
    </message>
    <message>
        <source>Note on the alignment</source>
        <translation>Note sur l'alignement</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>I&amp;nstrument :</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>C&amp;ycle :</translation>
    </message>
    <message>
        <source>Repeats e&amp;very:</source>
        <translation>Se répète &amp;tous les :</translation>
    </message>
    <message>
        <source>does not repeat</source>
        <translation>ne se répète pas</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d'échéance</translation>
    </message>
    <message>
        <source>Date &amp;precision:</source>
        <translation>&amp;Précision de la date :</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>jour exact</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>mois seulement</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>année seulement</translation>
    </message>
    <message>
        <source>Responsible &amp;focal point:</source>
        <translation>&amp;Correspondant national responsable :</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l'instant)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Re&amp;marques :</translation>
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
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
</context>
<context>
    <name>OptionText</name>
    <message>
        <source>Area %1: %2</source>
        <translation>Domaine %1 : %2</translation>
    </message>
    <message>
        <source>What “fully in place” looks like</source>
        <translation>Ce que signifie « entièrement en place »</translation>
    </message>
    <message>
        <source>Questions for the team</source>
        <translation>Questions pour l'équipe</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Good practice: this option does not rest on a specific decision or resolution.</source>
        <translation>Bonne pratique : cette option ne repose pas sur une décision ou une résolution particulière.</translation>
    </message>
    <message>
        <source>Related evidence in this workspace:</source>
        <translation>Éléments probants connexes dans cet espace de travail :</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Focal points</source>
        <translation>Correspondants nationaux</translation>
    </message>
    <message>
        <source>Upcoming reporting deadlines</source>
        <translation>Prochaines échéances de rapport</translation>
    </message>
    <message>
        <source>Open the walk-through</source>
        <translation>Ouvrir l'évaluation</translation>
    </message>
    <message>
        <source>Answers and score per area</source>
        <translation>Réponses et score par domaine</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>Score par domaine</translation>
    </message>
    <message>
        <source>Progress per area</source>
        <translation>Avancement par domaine</translation>
    </message>
    <message>
        <source>Score per area across rounds</source>
        <translation>Score par domaine d'un cycle à l'autre</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>Ouvrir le registre</translation>
    </message>
    <message>
        <source>Open the alignment</source>
        <translation>Ouvrir l'alignement</translation>
    </message>
    <message>
        <source>NBSAP coverage per framework</source>
        <translation>Couverture du SPANB par cadre</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <source>Overview of the round</source>
        <translation>Vue d'ensemble du cycle</translation>
    </message>
    <message>
        <source>Options answered</source>
        <translation>Options renseignées</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Targets covered</source>
        <translation>Cibles couvertes</translation>
    </message>
    <message>
        <source>%1 filled   %2 not verified recently   %3 missing</source>
        <translation>%1 pourvues   %2 non vérifiées récemment   %3 manquantes</translation>
    </message>
    <message>
        <source>Country not named yet (File &gt; Country profile…)</source>
        <translation>Pays pas encore renseigné (Fichier &gt; Profil du pays…)</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>Aucun cycle d'évaluation pour l'instant.</translation>
    </message>
    <message>
        <source>score %1%</source>
        <translation>score %1 %</translation>
    </message>
    <message>
        <source>no rating yet</source>
        <translation>pas encore de note</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 options answered; %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 options sur %3 renseignées ; %4.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 answered, score %5</source>
        <translation>%1 %2 : %3 options sur %4 renseignées, score %5</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled&lt;br&gt;%3 missing, %4 not verified in the last %5 months.</source>
        <translation>%1 fonctions pourvues sur %2&lt;br&gt;%3 manquantes, %4 non vérifiées au cours des %5 derniers mois.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1 : %2 cibles couvertes sur %3</translation>
    </message>
    <message>
        <source>No dated report is open.</source>
        <translation>Aucun rapport daté n'est en cours.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Your copy of the demo</source>
        <translation>Votre copie de la démonstration</translation>
    </message>
    <message>
        <source>You get your own copy of the demo country, to change as you like. Your changes are recorded under your name. Type the name to show:</source>
        <translation>Vous recevez votre propre copie du pays de démonstration, à modifier comme bon vous semble. Vos modifications sont enregistrées sous votre nom. Saisissez le nom à afficher :</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Presenter mode: press F11 to leave it.</source>
        <translation>Mode présentation : appuyez sur F11 pour le quitter.</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>M&amp;ode présentation</translation>
    </message>
    <message>
        <source>High con&amp;trast</source>
        <translation>Contras&amp;te élevé</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import questionnaire</source>
        <translation>Importer un questionnaire</translation>
    </message>
    <message>
        <source>%1: %2 change(s) will be applied; %3 cell(s) are rejected and will not be imported.</source>
        <translation>%1 : %2 modification(s) seront appliquées ; %3 cellule(s) sont rejetées et ne seront pas importées.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>Cellules rejetées</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Appliquer %n modification</numerusform>
            <numerusform>Appliquer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modifications&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected cells&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cellules rejetées&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>unknown rating “%1”</source>
        <translation>note inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown priority “%1”</source>
        <translation>priorité inconnue « %1 »</translation>
    </message>
    <message>
        <source>the list of conventions is far too long</source>
        <translation>la liste des conventions est beaucoup trop longue</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>« %1 » n'est pas une date</translation>
    </message>
    <message>
        <source>the date %1 is not a plausible target date (%2 to %3)</source>
        <translation>la date %1 n'est pas une date cible plausible (de %2 à %3)</translation>
    </message>
    <message>
        <source>%1 is not a Synergy Desktop questionnaire (its identification sheet is missing). Export a questionnaire from the app and fill that in; nothing was imported.</source>
        <translation>%1 n'est pas un questionnaire Synergy Desktop (sa feuille d'identification est manquante). Exportez un questionnaire depuis l'application et remplissez-le ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>%1 cannot be read: its hidden identification sheet is damaged. Ask for a new copy, or export a new questionnaire; nothing was imported.</source>
        <translation>Impossible de lire %1 : sa feuille d'identification masquée est endommagée. Demandez une nouvelle copie ou exportez un nouveau questionnaire ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>%1 is a questionnaire of a format this version does not know; nothing was imported.</source>
        <translation>%1 est un questionnaire dans un format que cette version ne connaît pas ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>%1 was made for a different framework version (%2 %3) than this round uses (%4 %5). Export a new questionnaire for this round; nothing was imported.</source>
        <translation>%1 a été créé pour une version du cadre (%2 %3) différente de celle qu'utilise ce cycle (%4 %5). Exportez un nouveau questionnaire pour ce cycle ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>this sheet holds options but its hidden first cell no longer names an area; the sheet was not read</source>
        <translation>cette feuille contient des options, mais sa première cellule masquée n'indique plus de domaine ; la feuille n'a pas été lue</translation>
    </message>
    <message>
        <source>the row of option %1 is missing (deleted, or its id changed); it was not read</source>
        <translation>la ligne de l'option %1 est manquante (supprimée, ou son identifiant a été modifié) ; elle n'a pas été lue</translation>
    </message>
    <message>
        <source>%1 appears on more than one row (%2) with different answers; none of them was read</source>
        <translation>%1 figure sur plusieurs lignes (%2) avec des réponses différentes ; aucune d'entre elles n'a été lue</translation>
    </message>
    <message>
        <source>the option id was edited (row %1); the row was skipped</source>
        <translation>l'identifiant de l'option a été modifié (ligne %1) ; la ligne a été ignorée</translation>
    </message>
    <message>
        <source>option %1 belongs on the sheet of area %2 (wrong sheet)</source>
        <translation>l'option %1 doit figurer sur la feuille du domaine %2 (mauvaise feuille)</translation>
    </message>
    <message>
        <source>questionnaire %1</source>
        <translation>questionnaire %1</translation>
    </message>
<message numerus="yes"><source>the sheet of area %1 is missing (deleted, or its hidden first cell changed); its %n option(s) were not read</source><translation><numerusform>la feuille du domaine %1 est manquante (supprimée, ou sa première cellule masquée a été modifiée) ; sa %n option n'a pas été lue</numerusform><numerusform>la feuille du domaine %1 est manquante (supprimée, ou sa première cellule masquée a été modifiée) ; ses %n options n'ont pas été lues</numerusform></translation></message></context>
<context>
    <name>QuestionnaireActions</name>
    <message>
        <source>Export questionnaire</source>
        <translation>Exporter le questionnaire</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the questionnaire</source>
        <translation>Exportation du questionnaire</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Questionnaire written to %1</source>
        <translation>Questionnaire enregistré dans %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>Impossible d'enregistrer le classeur dans %1 (%2).</translation>
    </message>
    <message>
        <source>Import questionnaire</source>
        <translation>Importer un questionnaire</translation>
    </message>
    <message>
        <source>This round is finalised. Start a new round from it to import answers.</source>
        <translation>Ce cycle est finalisé. Créez un nouveau cycle à partir de celui-ci pour importer des réponses.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated from %1</source>
        <translation>
            <numerusform>%n champ de réponse mis à jour à partir de %1</numerusform>
            <numerusform>%n champs de réponse mis à jour à partir de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>“%1” in the column %2 is not a date (YYYY-MM-DD)</source>
        <translation>« %1 » dans la colonne %2 n'est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”</source>
        <translation>Instrument inconnu : « %1 »</translation>
    </message>
    <message>
        <source>No instrument given</source>
        <translation>Aucun instrument indiqué</translation>
    </message>
    <message>
        <source>The country is not Party to %1 (File &gt; Country profile)</source>
        <translation>Le pays n'est pas Partie à %1 (Fichier &gt; Profil du pays)</translation>
    </message>
    <message>
        <source>%1 has no role “%2”</source>
        <translation>%1 n'a pas de fonction « %2 »</translation>
    </message>
    <message>
        <source>%1 already has a holder in the register (%2); use “Change holder”</source>
        <translation>%1 a déjà un titulaire dans le registre (%2) ; utilisez « Changer de titulaire »</translation>
    </message>
    <message>
        <source>%1 is given again (first on row %2)</source>
        <translation>%1 est indiqué de nouveau (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <source>%1 is already in the register as %2</source>
        <translation>%1 figure déjà dans le registre en tant que %2</translation>
    </message>
    <message>
        <source>The same row appears again (first on row %1)</source>
        <translation>La même ligne apparaît de nouveau (première occurrence à la ligne %1)</translation>
    </message>
    <message>
        <source>%1 has no header row with “Instrument” and “Role” columns. Add one above the focal points and try again; nothing was imported.</source>
        <translation>%1 n'a pas de ligne d'en-tête contenant les colonnes « Instrument » et « Rôle ». Ajoutez-en une au-dessus des correspondants nationaux et réessayez ; rien n'a été importé.</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import focal points</source>
        <translation>Importer des correspondants nationaux</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2</source>
        <translation>Feuille « %1 » de %2</translation>
    </message>
    <message>
        <source>%1: %2 focal point(s) will be added; %3 row(s) are rejected and will not be imported. Correct them in the file and import it again, or add them by hand afterwards.</source>
        <translation>%1 : %2 correspondant(s) national(aux) seront ajoutés ; %3 ligne(s) sont rejetées et ne seront pas importées. Corrigez-les dans le fichier et importez-le de nouveau, ou ajoutez-les manuellement ensuite.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Focal points to add</source>
        <translation>Correspondants nationaux à ajouter</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;À ajouter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lignes rejetées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>Feuilles de calcul (*.xlsx *.csv);;Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
<message numerus="yes"><source>%n focal point(s) added.</source><translation><numerusform>%n correspondant national ajouté.</numerusform><numerusform>%n correspondants nationaux ajoutés.</numerusform></translation></message><message numerus="yes"><source>Import %n focal point(s)</source><translation><numerusform>Importer %n correspondant national</numerusform><numerusform>Importer %n correspondants nationaux</numerusform></translation></message></context>
<context>
    <name>Report</name>
    <message>
        <source>%1 of %2 options answered; score %3.</source>
        <translation>%1 options sur %2 renseignées ; score %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Annex: the framework and its bases</source>
        <translation>Annexe : le cadre et ses fondements</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1, version %2 (contenu %3)</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>Version du cadre</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Échelle de notation</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>What each option rests on</source>
        <translation>Fondement de chaque option</translation>
    </message>
    <message>
        <source>Good practice (no decision or resolution text)</source>
        <translation>Bonne pratique (aucun texte de décision ou de résolution)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>Fondements</translation>
    </message>
    <message>
        <source>Synergies self-assessment report</source>
        <translation>Rapport d'auto-évaluation des synergies</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>Date du présent rapport</translation>
    </message>
    <message>
        <source>Country not set</source>
        <translation>Pays non défini</translation>
    </message>
    <message>
        <source>This report was written by Synergy Desktop from the team's answers. Each option is rated from 0 (not started) to 4 (fully in place); the annex explains the scale and lists the texts each option rests on.</source>
        <translation>Ce rapport a été généré par Synergy Desktop à partir des réponses de l'équipe. Chaque option est notée de 0 (non commencé) à 4 (entièrement en place) ; l'annexe explique l'échelle et énumère les textes sur lesquels repose chaque option.</translation>
    </message>
    <message>
        <source>Names, e-mail addresses and telephone numbers are left out of this report.</source>
        <translation>Les noms, adresses électroniques et numéros de téléphone sont exclus de ce rapport.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>%1 of %2 options answered; no option is rated yet.</source>
        <translation>%1 options sur %2 renseignées ; aucune option n'est encore notée.</translation>
    </message>
    <message>
        <source>%1 of %2 options answered (%3); overall score %4.</source>
        <translation>%1 options sur %2 renseignées (%3) ; score global %4.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>Complétude et score par domaine</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of the rated, applicable options ÷ 4.</source>
        <translation>Complétude = options renseignées ÷ ensemble des options. Score = note moyenne (0-4) des options notées et applicables ÷ 4.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — next step by %2</source>
        <translation>%1 — prochaine étape d'ici le %2</translation>
    </message>
    <message>
        <source>Strongest options</source>
        <translation>Options les plus avancées</translation>
    </message>
    <message>
        <source>No option is rated 3 or 4 yet.</source>
        <translation>Aucune option n'est encore notée 3 ou 4.</translation>
    </message>
    <message>
        <source>Weakest options</source>
        <translation>Options les moins avancées</translation>
    </message>
    <message>
        <source>No option is rated 0 or 1.</source>
        <translation>Aucune option n'est notée 0 ou 1.</translation>
    </message>
    <message>
        <source>Top priorities</source>
        <translation>Priorités principales</translation>
    </message>
    <message>
        <source>No option is marked as a high priority yet.</source>
        <translation>Aucune option n'est encore marquée comme priorité élevée.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>pas de date fixe</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d'action</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>Aucune prochaine étape n'est encore consignée dans ce cycle.</translation>
    </message>
    <message>
        <source>Every next step recorded in this round, soonest first; steps without a target date come last.</source>
        <translation>Toutes les prochaines étapes consignées dans ce cycle, des plus proches aux plus lointaines ; les étapes sans date cible figurent en dernier.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>pourvue</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>non vérifié récemment</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacante</translation>
    </message>
    <message>
        <source>Focal-point coverage</source>
        <translation>Couverture des fonctions de correspondant national</translation>
    </message>
    <message>
        <source>No focal-point roles apply.</source>
        <translation>Aucune fonction de correspondant national ne s'applique.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 vacant; %4 not verified in the last %5 months.</source>
        <translation>%1 fonctions pourvues sur %2 ; %3 vacantes ; %4 non vérifiées au cours des %5 derniers mois.</translation>
    </message>
    <message>
        <source>Vacant roles</source>
        <translation>Fonctions vacantes</translation>
    </message>
    <message>
        <source>Every role has a holder.</source>
        <translation>Chaque fonction a un titulaire.</translation>
    </message>
    <message>
        <source>Roles not verified recently</source>
        <translation>Fonctions non vérifiées récemment</translation>
    </message>
    <message>
        <source>Every holder was verified recently.</source>
        <translation>Tous les titulaires ont été vérifiés récemment.</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Toutes les fonctions</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Holder(s)</source>
        <translation>Titulaire(s)</translation>
    </message>
    <message>
        <source>NBSAP alignment: gaps both ways</source>
        <translation>Alignement sur le SPANB : lacunes dans les deux sens</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>Aucun objectif national n'est encore enregistré dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Which targets of the global frameworks no national target serves yet, and which national targets serve none of them.</source>
        <translation>Les cibles des cadres mondiaux qu'aucun objectif national ne sert encore, et les objectifs nationaux qui n'en servent aucune.</translation>
    </message>
    <message>
        <source>Targets covered by at least one national target</source>
        <translation>Cibles couvertes par au moins un objectif national</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Part couverte</translation>
    </message>
    <message>
        <source>%1 of %2 targets covered.</source>
        <translation>%1 cibles couvertes sur %2.</translation>
    </message>
    <message>
        <source>Target not covered</source>
        <translation>Cible non couverte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>National targets that serve no global target</source>
        <translation>Objectifs nationaux qui ne servent aucune cible mondiale</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Objectif national</translation>
    </message>
    <message>
        <source>Every national target serves at least one.</source>
        <translation>Chaque objectif national en sert au moins une.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>présenté</translation>
    </message>
    <message>
        <source>Reporting calendar: the next 24 months</source>
        <translation>Calendrier des rapports : les 24 prochains mois</translation>
    </message>
    <message>
        <source>overdue, %1</source>
        <translation>en retard, %1</translation>
    </message>
    <message>
        <source>No open report is due until %1.</source>
        <translation>Aucun rapport en cours n'arrive à échéance d'ici le %1.</translation>
    </message>
    <message>
        <source>Open reports due until %1, overdue ones first.</source>
        <translation>Rapports en cours arrivant à échéance d'ici le %1, en commençant par ceux en retard.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <extracomment>Characters XML 1.0 cannot hold (a pasted control character must not break the file).</extracomment>
        <translation>Rédaction du document…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Enregistrement du document…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Give a file name ending in .docx or .pdf (not %1).</source>
        <extracomment>Territories whose paper is US Letter (CLDR supplemental data "paperSize"); A4 elsewhere.</extracomment>
        <translation>Indiquez un nom de fichier se terminant par .docx ou .pdf (et non %1).</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Création des graphiques…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the report.</source>
        <translation>Le dossier %1 n'existe pas. Créez-le ou choisissez un autre emplacement pour le rapport.</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d'enregistrer %1.</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Génération de la page %1 sur %2…</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names are left out of this report</source><translation><numerusform>%n participant ; noms omis dans ce rapport</numerusform><numerusform>%n participants ; noms omis dans ce rapport</numerusform></translation></message></context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF document (*.pdf)</source>
        <translation>Document Word (*.docx);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Rédaction du rapport</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>Impossible d'enregistrer le rapport dans %1 (%2). Fermez-le s'il est ouvert dans un autre programme, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>Exporter le r&amp;apport…</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>The submission date cannot be in the future.</source>
        <translation>La date de présentation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>Un jeu de données doit avoir un nom.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Instrument inconnu : « %1 ».</translation>
    </message>
    <message>
        <source>A report needs a title.</source>
        <translation>Un rapport doit avoir un titre.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 240 months.</source>
        <translation>L'intervalle doit être compris entre 1 et 240 mois.</translation>
    </message>
    <message>
        <source>There is no reporting obligation with id %1.</source>
        <translation>Il n'existe aucune obligation de rapport d'identifiant %1.</translation>
    </message>
    <message>
        <source>There is no dataset with id %1.</source>
        <translation>Il n'existe aucun jeu de données d'identifiant %1.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>présenté</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>pas de date fixe</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>présenté le %1</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation><numerusform>en retard de %n jour</numerusform><numerusform>en retard de %n jours</numerusform></translation></message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation><numerusform>%n jour restant</numerusform><numerusform>%n jours restants</numerusform></translation></message>
</context>
<context>
    <name>ReportingView</name>
    <message>
        <source>In &amp;preparation</source>
        <translation>En &amp;préparation</translation>
    </message>
    <message>
        <source>&amp;Submitted…</source>
        <translation>Prés&amp;enté…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Add dataset…</source>
        <translation>Ajouter un jeu de données…</translation>
    </message>
    <message>
        <source>Edit dataset…</source>
        <translation>Modifier le jeu de données…</translation>
    </message>
    <message>
        <source>Delete dataset…</source>
        <translation>Supprimer le jeu de données…</translation>
    </message>
    <message>
        <source>Only datasets that feed &amp;two or more reports</source>
        <translation>Se&amp;ulement les jeux de données alimentant deux rapports ou plus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reporting obligations&lt;/b&gt; (overdue in red)</source>
        <translation>&lt;b&gt;Obligations de rapport&lt;/b&gt; (en retard : en rouge)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datasets&lt;/b&gt;: report once, use many times (bold: feeds two or more reports)</source>
        <translation>&lt;b&gt;Jeux de données&lt;/b&gt; : collecter une fois, utiliser plusieurs fois (en gras : alimente deux rapports ou plus)</translation>
    </message>
    <message>
        <source>Reporting obligations</source>
        <translation>Obligations de rapport</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Deadlines in the next 36 months</source>
        <translation>Échéances des 36 prochains mois</translation>
    </message>
    <message>
        <source>The reporting calendar is empty</source>
        <translation>Le calendrier des rapports est vide</translation>
    </message>
    <message>
        <source>List the reports the country owes each treaty it is Party to, with their due dates and the focal point responsible; the calendar then shows what is due next, what is late, and the datasets several reports share.</source>
        <translation>Énumérez les rapports que le pays doit présenter au titre de chaque traité auquel il est Partie, avec leurs échéances et le correspondant national responsable ; le calendrier indique alors les prochaines échéances, les retards et les jeux de données communs à plusieurs rapports.</translation>
    </message>
    <message>
        <source>Add a reporting obligation…</source>
        <translation>Ajouter une obligation de rapport…</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue, %3 submitted. %4 of %5 datasets feed two or more reports. The diamonds show the deadlines of the next 36 months (red: overdue, amber: in preparation, grey: not started); the blue line is today.</source>
        <translation>%1 obligations, %2 en retard, %3 présentées. %4 jeux de données sur %5 alimentent deux rapports ou plus. Les losanges indiquent les échéances des 36 prochains mois (rouge : en retard, orange : en préparation, gris : non commencé) ; la ligne bleue représente la date du jour.</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Calendrier des rapports</translation>
    </message>
    <message>
        <source>Add a reporting obligation</source>
        <translation>Ajouter une obligation de rapport</translation>
    </message>
    <message>
        <source>Edit reporting obligation</source>
        <translation>Modifier l'obligation de rapport</translation>
    </message>
    <message>
        <source>Report submitted</source>
        <translation>Rapport présenté</translation>
    </message>
    <message>
        <source>Date on which “%1” was submitted (YYYY-MM-DD):</source>
        <translation>Date à laquelle « %1 » a été présenté (YYYY-MM-DD) :</translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYY-MM-DD; the status was not changed.</source>
        <translation>« %1 » n'est pas une date au format YYYY-MM-DD ; le statut n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Delete obligation</source>
        <translation>Supprimer l'obligation</translation>
    </message>
    <message>
        <source>Delete “%1 %2” from the calendar?</source>
        <translation>Supprimer « %1 %2 » du calendrier ?</translation>
    </message>
    <message>
        <source>Add a dataset</source>
        <translation>Ajouter un jeu de données</translation>
    </message>
    <message>
        <source>Edit dataset</source>
        <translation>Modifier le jeu de données</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Supprimer le jeu de données</translation>
    </message>
    <message>
        <source>Delete the dataset “%1”?</source>
        <translation>Supprimer le jeu de données « %1 » ?</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>New round</source>
        <translation>Nouveau cycle d'évaluation</translation>
    </message>
    <message>
        <source>Rename round</source>
        <translation>Renommer le cycle</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nouveau titre :</translation>
    </message>
    <message>
        <source>Round details</source>
        <translation>Détails du cycle</translation>
    </message>
    <message>
        <source>Finalise the round “%1”? Its answers become read-only; you can still export them and start a new round from it.

%2 of %3 options are answered.</source>
        <translation>Finaliser le cycle « %1 » ? Ses réponses passeront en lecture seule ; vous pourrez toujours les exporter et créer un nouveau cycle à partir de celui-ci.

%2 options sur %3 sont renseignées.</translation>
    </message>
    <message>
        <source>Finalise round</source>
        <translation>Finaliser le cycle</translation>
    </message>
    <message>
        <source>New round from this one</source>
        <translation>Nouveau cycle à partir de celui-ci</translation>
    </message>
    <message>
        <source>Delete the round “%1” and its %2 answers? This cannot be undone. The change history of the round is kept in the workspace.</source>
        <translation>Supprimer le cycle « %1 » et ses %2 réponses ? Cette action est irréversible. L'historique des modifications du cycle est conservé dans l'espace de travail.</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Supprimer le cycle</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <translation>Auto-évaluation %1</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>Titre du cycle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>The screenshot %1 cannot be written.</source>
        <translation>Impossible d'enregistrer la capture d'écran %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Give a folder for the PNG files.</source>
        <translation>%1 est un fichier, et non un dossier. Indiquez un dossier pour les fichiers PNG.</translation>
    </message>
    <message>
        <source>The screenshots cannot be written to the folder %1 (%2). Choose another folder.</source>
        <translation>Impossible d'enregistrer les captures d'écran dans le dossier %1 (%2). Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>change %1 of %2</source>
        <translation>modification de « %1 » (option %2)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Saisie en cours…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Could not save — %1</source>
        <translation>Échec de l'enregistrement — %1</translation>
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
        <translation>Parcourez les options nationales pour renforcer les synergies entre les conventions relatives à la biodiversité (décision XIII/24 de la CDB) : correspondants nationaux, SPANB, rapports nationaux et plus encore. Toutes les données restent sur cet ordinateur, dans un fichier d'espace de travail.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Créer un espace de travail…</translation>
    </message>
    <message>
        <source>One file for your country: its name, the treaties it is Party to, and the first round of the self-assessment.</source>
        <translation>Un fichier pour votre pays : son nom, les traités auxquels il est Partie et le premier cycle de l'auto-évaluation.</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>A workspace file made on this computer or received from a colleague.</source>
        <translation>Un fichier d'espace de travail créé sur cet ordinateur ou reçu d'un collègue.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Ouvrir l'espace de travail de démonstration</translation>
    </message>
    <message>
        <source>A fictional country with a partly answered round, for training and trying things out</source>
        <translation>Un pays fictif avec un cycle d'évaluation partiellement renseigné, pour la formation et les essais</translation>
    </message>
    <message>
        <source>No workspace has been opened on this computer yet. Start with your own country, or look around the demo first: nothing you do there touches your work.</source>
        <translation>Aucun espace de travail n'a encore été ouvert sur cet ordinateur. Commencez par votre propre pays, ou découvrez d'abord la démonstration : rien de ce que vous y faites n'affecte votre travail.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces (press Enter to open):</source>
        <translation>Espaces de travail &amp;récents (appuyez sur Entrée pour ouvrir) :</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the workspace file is read-only (for example on a write-protected USB stick or a CD).</source>
        <translation>le fichier de l'espace de travail est en lecture seule (par exemple sur une clé USB protégée en écriture ou un CD).</translation>
    </message>
    <message>
        <source>your database role may only read this workspace; ask the administrator for write access.</source>
        <translation>votre rôle de base de données permet uniquement de lire cet espace de travail ; demandez un accès en écriture à l'administrateur.</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written.</source>
        <translation>le disque est plein ou n'est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>the workspace file is no longer available (moved, deleted or on a drive that was removed).</source>
        <translation>le fichier de l'espace de travail n'est plus disponible (déplacé, supprimé ou sur un lecteur qui a été retiré).</translation>
    </message>
    <message>
        <source>another program is using the workspace file; close it there.</source>
        <translation>un autre programme utilise le fichier de l'espace de travail ; fermez-le dans ce programme.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 holds no assessment yet. Create a round first.</source>
        <translation>%1 ne contient encore aucune évaluation. Créez d'abord un cycle d'évaluation.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>NBSAP &amp;version:</source>
        <translation>&amp;Version du SPANB :</translation>
    </message>
    <message>
        <source>&amp;Lead institution:</source>
        <translation>&amp;Institution chef de file :</translation>
    </message>
</context>
<context>
    <name>TargetImport</name>
    <message>
        <source>the code %1 is already used by a national target in this workspace</source>
        <translation>le code %1 est déjà utilisé par un objectif national de cet espace de travail</translation>
    </message>
    <message>
        <source>the code %1 appears again (first on row %2)</source>
        <translation>le code %1 apparaît de nouveau (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <source>The first sheet of %1 has no header row with “Code” and “Title”. Add one above the targets and try again; nothing was imported.</source>
        <translation>La première feuille de %1 n'a pas de ligne d'en-tête contenant « Code » et « Title » (en anglais). Ajoutez-en une au-dessus des objectifs et réessayez ; rien n'a été importé.</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Objectif national</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>Version du SPANB</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <source>Reference targets served</source>
        <translation>Cibles de référence visées</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 cannot be read: %2 Nothing was imported.</source>
        <translation>Impossible de lire %1 : %2 Rien n'a été importé.</translation>
    </message>
    <message>
        <source>it is not a text (CSV) file.</source>
        <translation>ce n'est pas un fichier texte (CSV).</translation>
    </message>
    <message>
        <source>its characters are in an encoding the application does not read. Save it as “CSV UTF-8” and try again.</source>
        <translation>ses caractères sont dans un codage que l'application ne sait pas lire. Enregistrez-le au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n'existe pas.</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1).</source>
        <translation>le fichier ne peut pas être ouvert (%1).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>line %1 is not valid CSV.</source>
        <translation>la ligne %1 n'est pas au format CSV valide.</translation>
    </message>
    <message>
        <source>it has more than %1 rows. Remove the rows that do not belong to the import.</source>
        <translation>il compte plus de %1 lignes. Supprimez les lignes qui ne relèvent pas de l'importation.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>it is password-protected or in the old .xls format. Remove the password, or save it as an Excel workbook (.xlsx), and try again.</source>
        <translation>il est protégé par un mot de passe ou enregistré dans l'ancien format .xls. Supprimez le mot de passe ou enregistrez-le en tant que classeur Excel (.xlsx), puis réessayez.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (for example an incomplete download or copy). Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <extracomment>Kinds of cell value an importer may take: number, text, date (openpyxl's data types).</extracomment>
        <translation>le fichier est endommagé ou tronqué (par exemple à la suite d'un téléchargement ou d'une copie incomplète). Demandez une nouvelle copie, ou ouvrez-le dans Excel, enregistrez-le de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx).</source>
        <translation>ce n'est pas un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>it holds far more parts than a workbook does.</source>
        <translation>il contient beaucoup plus d'éléments qu'un classeur n'en contient normalement.</translation>
    </message>
    <message>
        <source>it would unpack to an unreasonable size (a damaged or hostile file).</source>
        <translation>sa décompression atteindrait une taille déraisonnable (fichier endommagé ou malveillant).</translation>
    </message>
    <message>
        <source>it is a zip archive, not an Excel workbook.</source>
        <translation>c'est une archive zip, et non un classeur Excel.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the workbook is damaged (%2). Nothing was imported. Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <translation>Impossible de lire %1 : le classeur est endommagé (%2). Rien n'a été importé. Demandez une nouvelle copie, ou ouvrez-le dans Excel, enregistrez-le de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>a part of it cannot be read</source>
        <translation>une partie du classeur est illisible</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing or listed twice</source>
        <translation>la feuille « %1 » est manquante ou répertoriée deux fois</translation>
    </message>
    <message>
        <source>a formula is not read; type the value instead</source>
        <translation>les formules ne sont pas lues ; saisissez plutôt la valeur</translation>
    </message>
    <message>
        <source>the cell shows an error (%1); type the value instead</source>
        <translation>la cellule affiche une erreur (%1) ; saisissez plutôt la valeur</translation>
    </message>
    <message>
        <source>TRUE or FALSE is not a value this cell takes</source>
        <translation>VRAI ou FAUX n'est pas une valeur acceptée dans cette cellule</translation>
    </message>
    <message>
        <source>the cell has a type this application does not know (“%1”)</source>
        <translation>la cellule est d'un type que l'application ne connaît pas (« %1 »)</translation>
    </message>
    <message>
        <source>the text holds an invisible control character (%1); remove it</source>
        <translation>le texte contient un caractère de contrôle invisible (%1) ; supprimez-le</translation>
    </message>
    <message>
        <source>%1 cannot be read: the sheet “%2” is damaged near row %3. Ask for a new copy, or open it in Excel, save it again and retry. Nothing was imported.</source>
        <translation>Impossible de lire %1 : la feuille « %2 » est endommagée vers la ligne %3. Demandez une nouvelle copie, ou ouvrez-le dans Excel, enregistrez-le de nouveau et réessayez. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated.</source>
        <translation>le fichier est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>The sheet “%1” has more than %2 rows; nothing was imported. Remove the rows that do not belong to the import.</source>
        <translation>La feuille « %1 » compte plus de %2 lignes ; rien n'a été importé. Supprimez les lignes qui ne relèvent pas de l'importation.</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>&amp;Workshop</source>
        <translation>Ate&amp;lier</translation>
    </message>
    <message>
        <source>&amp;Open a fresh copy of the demo for me…</source>
        <translation>&amp;Ouvrir une nouvelle copie de la démo pour moi…</translation>
    </message>
    <message>
        <source>&amp;Reset my demo…</source>
        <translation>&amp;Réinitialiser ma démo…</translation>
    </message>
    <message>
        <source>&amp;Facilitator's guide</source>
        <translation>Guide de l’&amp;animateur</translation>
    </message>
    <message>
        <source>Your copy of the demo</source>
        <translation>Votre copie de la démonstration</translation>
    </message>
    <message>
        <source>%1 already has a copy of the demo. Start it afresh? Every change made in it is lost. (No opens it as it was left.)</source>
        <translation>%1 a déjà une copie de la démo. La recommencer à zéro ? Toutes les modifications qui y ont été faites seront perdues. (Non l’ouvre telle qu’elle a été laissée.)</translation>
    </message>
    <message>
        <source>Reset my demo</source>
        <translation>Réinitialiser ma démo</translation>
    </message>
    <message>
        <source>No demo copy is open. Open yours first with Help &gt; Workshop &gt; Open a fresh copy of the demo for me.</source>
        <translation>Aucune copie de la démo n’est ouverte. Ouvrez d’abord la vôtre avec Aide &gt; Atelier &gt; Ouvrir une nouvelle copie de la démo pour moi.</translation>
    </message>
    <message>
        <source>Start %1 afresh? Every change made in it is lost.</source>
        <translation>Recommencer %1 à zéro ? Toutes les modifications qui y ont été faites seront perdues.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no workspace at %1. Check the path, or create a new workspace.</source>
        <extracomment>The newest schema revision. Kept here so that opening an up-to-date workspace does not load Alembic at all; a test checks that it matches the migration scripts.</extracomment>
        <translation>Aucun espace de travail à l'emplacement %1. Vérifiez le chemin ou créez un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a workspace: %2 The file has not been changed.</source>
        <translation>%1 ne peut pas être ouvert comme espace de travail : %2 Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>c'est un dossier, et non un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check that the file is available and that you may read it.</source>
        <translation>Impossible de lire %1 (%2). Vérifiez que le fichier est disponible et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>it is not a Synergy Desktop workspace (not an SQLite database).</source>
        <translation>ce n'est pas un espace de travail Synergy Desktop (ce n'est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>the database cannot be opened.</source>
        <translation>la base de données ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>the database is damaged. Restore it from a backup copy.</source>
        <translation>la base de données est endommagée. Restaurez-la à partir d'une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Synergy Desktop workspace.</source>
        <translation>c'est une base de données SQLite, mais pas un espace de travail Synergy Desktop.</translation>
    </message>
    <message>
        <source>%1 cannot be opened because its folder does not allow writing (the workspace keeps a journal next to the file). Copy it to a folder where you may write and open the copy.</source>
        <translation>Impossible d'ouvrir %1, car son dossier n'est pas accessible en écriture (l'espace de travail tient un journal à côté du fichier). Copiez-le dans un dossier où vous avez le droit d'écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <source>the database is damaged or truncated. Restore it from a backup copy.</source>
        <translation>la base de données est endommagée ou tronquée. Restaurez-la à partir d'une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created (%2). Choose another location.</source>
        <translation>Impossible de créer le dossier %1 (%2). Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>A new workspace cannot be created at %1 (%2). Choose another location.</source>
        <translation>Impossible de créer un nouvel espace de travail à l'emplacement %1 (%2). Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but no backup copy could be made first (%2). Nothing was changed. Copy the workspace to a folder where you may write, then open it again.</source>
        <translation>%1 doit être mis à niveau, mais aucune copie de sauvegarde n'a pu être faite au préalable (%2). Rien n'a été modifié. Copiez l'espace de travail dans un dossier où vous avez le droit d'écrire, puis ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was; a backup copy is at %3.</source>
        <translation>La mise à niveau de %1 a échoué (%2). L'espace de travail a été laissé en l'état ; une copie de sauvegarde se trouve dans %3.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Synergy Desktop (schema %2). Install the newer version to open it; the file has not been changed.</source>
        <translation>%1 a été enregistré par une version plus récente de Synergy Desktop (schéma %2). Installez la version plus récente pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was.</source>
        <translation>La mise à niveau de %1 a échoué (%2). L'espace de travail a été laissé en l'état.</translation>
    </message>
    <message>
        <source>%1 is not a database address. Write it as postgresql://user@server/database.</source>
        <extracomment>The one driver supported: psycopg 3 (``postgresql://`` is read as ``postgresql+psycopg://``).</extracomment>
        <translation>%1 n'est pas une adresse de base de données. Écrivez-la sous la forme postgresql://utilisateur@serveur/base.</translation>
    </message>
    <message>
        <source>%1 uses a database driver this application does not support. Write the address as postgresql://user@server/database.</source>
        <translation>%1 utilise un pilote de base de données que cette application ne prend pas en charge. Écrivez l'adresse sous la forme postgresql://utilisateur@serveur/base.</translation>
    </message>
    <message>
        <source>Opening a PostgreSQL workspace needs the PostgreSQL driver, which is not installed: install it with pip install "synergy-desktop[postgres]".</source>
        <translation>L'ouverture d'un espace de travail PostgreSQL nécessite le pilote PostgreSQL, qui n'est pas installé : installez-le avec pip install "synergy-desktop[postgres]".</translation>
    </message>
    <message>
        <source>The database %1 asks for a password and none was given. Put it in your .pgpass file, then open the workspace again.</source>
        <translation>La base de données %1 demande un mot de passe et aucun n'a été fourni. Indiquez-le dans votre fichier .pgpass, puis rouvrez l'espace de travail.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password for %1. Check them and try again.</source>
        <translation>Le serveur n'a pas accepté le nom d'utilisateur ou le mot de passe pour %1. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on its server (%2). Check the name, or ask the administrator to create it.</source>
        <translation>La base de données %1 n'existe pas sur son serveur (%2). Vérifiez le nom ou demandez à l'administrateur de la créer.</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached (%2). Check the address and the network, and that the server is running.</source>
        <translation>Le serveur de %1 est injoignable (%2). Vérifiez l'adresse et le réseau, et assurez-vous que le serveur est en marche.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2).</source>
        <translation>Impossible d'ouvrir la base de données %1 (%2).</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program; it is not a Synergy Desktop workspace. Nothing was changed. Use an empty database for a new workspace.</source>
        <translation>La base de données %1 contient des tables d'un autre programme ; ce n'est pas un espace de travail Synergy Desktop. Rien n'a été modifié. Utilisez une base de données vide pour un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>%1 must first be set up or upgraded for this version, and your database role may not do that. Ask the administrator to open it once with the role that owns the workspace. Nothing was changed.</source>
        <translation>%1 doit d'abord être initialisé ou mis à niveau pour cette version, ce que votre rôle de base de données n'est pas autorisé à faire. Demandez à l'administrateur de l'ouvrir une fois avec le rôle propriétaire de l'espace de travail. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>the upgrade would break links between records.</source>
        <translation>la mise à niveau romprait des liens entre enregistrements.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Check the path.</source>
        <translation>Aucun espace de travail à l'emplacement %1. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). The file has not been changed.</source>
        <translation>Impossible de lire %1 (%2). Le fichier n'a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>Espaces de travail Synergy (*.synergy);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>%1 existe déjà. Choisissez un autre nom ou ouvrez-le avec Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>The workspace %1 was created without a country. Fill in the country and the treaties it is Party to with File &gt; Country profile…; each page says what to do next.</source>
        <translation>L'espace de travail %1 a été créé sans pays. Renseignez le pays et les traités auxquels il est Partie via Fichier &gt; Profil du pays… ; chaque page indique ensuite la marche à suivre.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Impossible d'ouvrir l'espace de travail</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Mot de passe du serveur d'équipe</translation>
    </message>
    <message>
        <source>%1

Password:</source>
        <translation>%1

Mot de passe :</translation>
    </message>
    <message>
        <source>Opening was cancelled; nothing was changed.</source>
        <translation>Ouverture annulée ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Open team server workspace</source>
        <translation>Ouvrir un espace de travail du serveur d'équipe</translation>
    </message>
    <message>
        <source>Address of the workspace on the team server, for example
postgresql+psycopg://amina@server.ministry.example/biodiversity
(leave the password out: it is asked for, or taken from your .pgpass file)</source>
        <translation>Adresse de l'espace de travail sur le serveur d'équipe, par exemple
postgresql+psycopg://amina@server.ministry.example/biodiversity
(n'indiquez pas le mot de passe : il vous sera demandé ou sera lu dans votre fichier .pgpass)</translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version; a copy of the old file is at %1</source>
        <translation>L'espace de travail a été mis à niveau vers cette version ; une copie de l'ancien fichier se trouve dans %1</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
    <message>
        <source>The demo workspace already exists. Open it as it was left, or start it afresh (every change made to the demo is lost)?</source>
        <translation>L'espace de travail de démonstration existe déjà. Voulez-vous l'ouvrir dans l'état où il a été laissé, ou repartir de zéro (toutes les modifications apportées à la démonstration seront perdues) ?</translation>
    </message>
    <message>
        <source>Open as it was</source>
        <translation>Ouvrir en l'état</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <source>(no recent workspaces)</source>
        <translation>(aucun espace de travail récent)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Some changes could not be saved. If you close the workspace now, they are lost. Save the workspace under another name first?</source>
        <translation>Certaines modifications n'ont pas pu être enregistrées. Si vous fermez l'espace de travail maintenant, elles seront perdues. Voulez-vous d'abord enregistrer l'espace de travail sous un autre nom ?</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Enregistrer l'espace de travail sous</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Profil du pays</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Échec de l'enregistrement</translation>
    </message>
    <message>
        <source>Your last changes could not be written to the workspace: %1

They are still on screen. Synergy Desktop tries again every few seconds; you can also save the workspace under another name, for example on another drive.</source>
        <translation>Vos dernières modifications n'ont pas pu être enregistrées dans l'espace de travail : %1

Elles restent affichées à l'écran. Synergy Desktop réessaie toutes les quelques secondes ; vous pouvez aussi enregistrer l'espace de travail sous un autre nom, par exemple sur un autre disque.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation>Enregistrer l'espace de travail sous…</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exporter la synthèse</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the summary</source>
        <translation>Exportation de la synthèse</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>Impossible d'enregistrer le classeur dans %1 (%2). Fermez-le s'il est ouvert dans un autre programme, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>Synthèse enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <source>Overview</source>
        <extracomment>What each page shows besides its own edits, and how it catches up.</extracomment>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Correspondants nationaux</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>Alignement sur le SPANB</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Calendrier des rapports</translation>
    </message>
</context>
</TS>