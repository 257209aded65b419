<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Synergy Desktop</source>
        <translation>Acerca de Synergy Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;An offline tool for national teams working through the options for synergies among the biodiversity-related conventions (CBD decision XIII/24, Annex I).&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Synergy Desktop %1&lt;/h3&gt;&lt;p&gt;Herramienta sin conexión para los equipos nacionales que trabajan con las opciones para las sinergias entre los convenios relacionados con la diversidad biológica (decisión XIII/24 del CDB, anexo I).&lt;/p&gt;&lt;p&gt;Espacio de trabajo: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>(ninguno abierto)</translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <source>Option description</source>
        <translation>Descripción de la opción</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>Establecer una fecha prevista</translation>
    </message>
    <message>
        <source>Ministry, agency or unit that leads</source>
        <translation>Ministerio, organismo o unidad a cargo</translation>
    </message>
    <message>
        <source>Show or hide the option's text and guidance</source>
        <translation>Mostrar u ocultar el texto de la opción y las orientaciones</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <source>What this workspace shows</source>
        <translation>Qué muestra este espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>The rating must be 0 to 4, "na" (not applicable) or "nyd" (not yet discussed), not "%1".</source>
        <translation>La calificación debe ser de 0 a 4, "na" (no aplicable) o "nyd" (aún no debatido), no "%1".</translation>
    </message>
    <message>
        <source>The priority must be high, medium or low, not "%1".</source>
        <translation>La prioridad debe ser "high", "medium" o "low" (alta, media o baja), no "%1".</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>El texto es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>There is no answer field "%1".</source>
        <translation>No existe ningún campo de respuesta "%1".</translation>
    </message>
    <message>
        <source>Conventions must be a list of codes.</source>
        <translation>Los convenios deben ser una lista de códigos.</translation>
    </message>
    <message>
        <source>"%1" is not a known convention code. Known codes: %2.</source>
        <translation>"%1" no es un código de convenio conocido. Códigos conocidos: %2.</translation>
    </message>
    <message>
        <source>The target date must be a date written as YYYY-MM-DD, not "%1".</source>
        <translation>La fecha prevista debe escribirse como AAAA-MM-DD, no "%1".</translation>
    </message>
</context>
<context>
    <name>AreaScoresModel</name>
    <message numerus="yes">
        <source>+%n point(s)</source>
        <translation>
            <numerusform>+%n punto</numerusform>
            <numerusform>+%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n point(s)</source>
        <translation>
            <numerusform>−%n punto</numerusform>
            <numerusform>−%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las esferas</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Esfera</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Ronda anterior</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Ronda posterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>← &amp;Previous option</source>
        <translation>← Opción an&amp;terior</translation>
    </message>
    <message>
        <source>Previous option (Alt+Up)</source>
        <translation>Opción anterior (Alt+Flecha arriba)</translation>
    </message>
    <message>
        <source>&amp;Next option →</source>
        <translation>Opción &amp;siguiente →</translation>
    </message>
    <message>
        <source>Next option (Alt+Down)</source>
        <translation>Opción siguiente (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>History of this option</source>
        <translation>Historial de esta opción</translation>
    </message>
    <message>
        <source>Areas and options</source>
        <translation>Esferas y opciones</translation>
    </message>
    <message>
        <source>No assessment round yet</source>
        <translation>Aún no hay ninguna ronda de evaluación</translation>
    </message>
    <message>
        <source>A round is one pass of the team through all options of the framework, for example the self-assessment of this year. Start the first round, then answer option by option; everything is saved as you type.</source>
        <translation>Una ronda es un recorrido completo del equipo por todas las opciones del marco, por ejemplo, la autoevaluación de este año. Inicie la primera ronda y luego responda opción por opción; todo se guarda a medida que escribe.</translation>
    </message>
    <message>
        <source>Start the first round…</source>
        <translation>Iniciar la primera ronda…</translation>
    </message>
    <message>
        <source>You may only read this workspace: your account on the team server has no right to change it. You can look at everything and export it; ask the workspace's administrator for editing rights.</source>
        <translation>Solo puede consultar este espacio de trabajo: su cuenta en el servidor del equipo no tiene permiso para modificarlo. Puede verlo todo y exportarlo; pida permisos de edición al administrador del espacio de trabajo.</translation>
    </message>
    <message>
        <source>This round was finalised on %1 and is read-only. To continue the work, use Assessment &gt; New round from this one.</source>
        <translation>Esta ronda se finalizó el %1 y es de solo lectura. Para continuar el trabajo, use Evaluación &gt; Nueva ronda a partir de esta.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>pre-filled from round %1</source>
        <translation>precargado desde la ronda %1</translation>
    </message>
    <message>
        <source>There is no assessment with id %1 in this workspace.</source>
        <translation>No hay ninguna evaluación con el identificador %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>There is no option "%1" in the framework %2 (version %3).</source>
        <translation>No hay ninguna opción "%1" en el marco %2 (versión %3).</translation>
    </message>
    <message>
        <source>The round "%1" is finalised and cannot be changed. Start a new round from it to continue the work.</source>
        <translation>La ronda "%1" está finalizada y no se puede modificar. Inicie una nueva ronda a partir de ella para continuar el trabajo.</translation>
    </message>
    <message>
        <source>A round needs a title.</source>
        <translation>La ronda debe tener un título.</translation>
    </message>
    <message>
        <source>The title is too long (at most 300 characters).</source>
        <translation>El título es demasiado largo (300 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Someone else changed %1 of option %2 since you opened it. Your text is kept on screen; choose whose version to keep.</source>
        <translation>Otra persona modificó %1 de la opción %2 desde que usted la abrió. Su texto se mantiene en pantalla; elija qué versión conservar.</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Every change is recorded in the history with the name of the person who made it. Type the name to show, for example “Amina Diallo, Ministry of Environment”. You can change it later in Edit &gt; Your name.</source>
        <translation>Cada cambio se registra en el historial con el nombre de la persona que lo hizo. Escriba el nombre que se mostrará, por ejemplo, “Amina Diallo, Ministerio de Medio Ambiente”. Puede cambiarlo más tarde en Edición &gt; Su nombre.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Demo workspace written to %1 (round %2, %3 of %4 options answered).</source>
        <translation>Espacio de trabajo de demostración creado en %1 (ronda %2, %3 de %4 opciones respondidas).</translation>
    </message>
    <message>
        <source>This workspace holds no assessment yet.</source>
        <translation>Este espacio de trabajo aún no contiene ninguna evaluación.</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4/%5 answered (%6%)</source>
        <translation>%1	%2	%3	%4/%5 respondidas (%6%)</translation>
    </message>
    <message>
        <source>The file cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>No se puede escribir el archivo %1 (%2). Ciérrelo si está abierto en otro programa o elija otro lugar.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the workbook.</source>
        <translation>La carpeta %1 no existe. Créela o elija otro lugar para el libro.</translation>
    </message>
    <message>
        <source>Summary of round %1 (%2) written to %3.</source>
        <translation>Resumen de la ronda %1 (%2) guardado en %3.</translation>
    </message>
    <message>
        <source>Give a file name ending in .xlsx (not %1).</source>
        <translation>Indique un nombre de archivo terminado en .xlsx (no %1).</translation>
    </message>
    <message>
        <source>Questionnaire for round %1 (%2) written to %3.</source>
        <translation>Cuestionario de la ronda %1 (%2) guardado en %3.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>No se puede escribir el informe en %1 (%2). Ciérrelo si está abierto en otro programa o elija otro lugar.</translation>
    </message>
    <message>
        <source>Report of round %1 (%2) written to %3.</source>
        <translation>Informe de la ronda %1 (%2) guardado en %3.</translation>
    </message>
    <message>
        <source>%1 change(s), %2 rejected cell(s).</source>
        <translation>%1 cambio(s), %2 celda(s) rechazada(s).</translation>
    </message>
    <message>
        <source>  rejected %1!%2: %3</source>
        <translation>  rechazada %1!%2: %3</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to apply the accepted changes.</source>
        <translation>No se cambió nada. Vuelva a ejecutar con --yes para aplicar los cambios aceptados.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated.</source>
        <translation><numerusform>Se actualizó %n campo de respuesta.</numerusform><numerusform>Se actualizaron %n campos de respuesta.</numerusform></translation></message>
    <message>
        <source>%1: %2 texts missing (shown in English):</source>
        <translation>%1: faltan %2 textos (se muestran en inglés):</translation>
    </message>
    <message>
        <source>%1 version %2: %3 areas, %4 options, content %5.</source>
        <translation>%1 versión %2: %3 esferas, %4 opciones, contenido %5.</translation>
    </message>
    <message>
        <source>%1: %2 texts missing (shown in English): %3</source>
        <translation>%1: faltan %2 textos (se muestran en inglés): %3</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1: completo</translation>
    </message>
    <message>
        <source>change	%1	%2	%3	%4 -&gt; %5%6</source>
        <translation>cambio	%1	%2	%3	%4 -&gt; %5%6</translation>
    </message>
    <message>
        <source>conflict	%1	%2	%3	mine %4%5	theirs %6%7</source>
        <translation>conflicto	%1	%2	%3	aquí %4%5	entrante %6%7</translation>
    </message>
    <message>
        <source>held	%1	%2	%3	%4</source>
        <translation>retenido	%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records were matched by their stable ids only, and every difference is a conflict.</source>
        <translation>Los dos espacios de trabajo no comparten historial: los elementos se emparejaron solo por sus identificadores estables y cada diferencia es un conflicto.</translation>
    </message>
    <message>
        <source>0 change(s) applied, %1 conflict(s) unresolved; %2 change(s) ready. Run again with --yes to apply them, and --prefer mine|theirs to settle the conflicts.</source>
        <translation>0 cambios aplicados, %1 conflicto(s) sin resolver; %2 cambio(s) listo(s). Vuelva a ejecutar con --yes para aplicarlos y con --prefer mine|theirs para resolver los conflictos.</translation>
    </message>
    <message>
        <source>%1 change(s) applied, %2 conflict(s): %3 settled with theirs, %4 kept as here, %5 unresolved; %6 held.</source>
        <translation>%1 cambio(s) aplicado(s), %2 conflicto(s): %3 resuelto(s) con la versión del otro archivo, %4 conservado(s) como aquí, %5 sin resolver; %6 retenido(s).</translation>
    </message>
    <message>
        <source>The copy is always a workspace file; give a file name as TARGET.</source>
        <translation>La copia siempre es un archivo de espacio de trabajo; indique un nombre de archivo como TARGET.</translation>
    </message>
    <message>
        <source>%1 already exists. Give a new file name; nothing was overwritten.</source>
        <translation>%1 ya existe. Indique un nombre de archivo nuevo; no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>Give a file name ending in .synergy (not %1).</source>
        <translation>Indique un nombre de archivo terminado en .synergy (no %1).</translation>
    </message>
    <message>
        <source>Copy of %1 written to %2.</source>
        <translation>Copia de %1 guardada en %2.</translation>
    </message>
    <message>
        <source>%1 workspaces compared over %2 options; written to %3.</source>
        <translation>Se compararon %1 espacios de trabajo en %2 opciones; resultado guardado en %3.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>no round</source>
        <translation>sin ronda</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>no debatida</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Comparison of teams</source>
        <translation>Comparación de los equipos</translation>
    </message>
    <message>
        <source>Ratings of each team, option by option</source>
        <translation>Calificaciones de cada equipo, opción por opción</translation>
    </message>
    <message>
        <source>0 not started … 4 fully in place. Spread: the highest rating minus the lowest.</source>
        <translation>0 no iniciado … 4 plenamente en marcha. Dispersión: la calificación más alta menos la más baja.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Esfera</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Round compared</source>
        <translation>Ronda comparada</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Datos del gráfico</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Give at least two workspaces to compare.</source>
        <translation>Indique al menos dos espacios de trabajo para comparar.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>The sign and the colour of each direction (the words carry the meaning too).</extracomment>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>answered for the first time</source>
        <translation>respondida por primera vez</translation>
    </message>
    <message>
        <source>no longer answered</source>
        <translation>ya no tiene respuesta</translation>
    </message>
    <message>
        <source>applicability changed</source>
        <translation>cambió la aplicabilidad</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nuevo: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modificado: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Eliminado: %1</translation>
    </message>
<message numerus="yes"><source>down %n step(s)</source><translation><numerusform>baja %n nivel</numerusform><numerusform>baja %n niveles</numerusform></translation></message><message numerus="yes"><source>up %n step(s)</source><translation><numerusform>sube %n nivel</numerusform><numerusform>sube %n niveles</numerusform></translation></message></context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Compare rounds</source>
        <translation>Comparar rondas</translation>
    </message>
    <message>
        <source>This workspace has one round only. Start the next one with Assessment &gt; New round from this one, then compare them here.</source>
        <translation>Este espacio de trabajo solo tiene una ronda. Comience la siguiente con Evaluación &gt; Nueva ronda a partir de esta y luego compárelas aquí.</translation>
    </message>
    <message>
        <source>&amp;Compare rounds…</source>
        <translation>&amp;Comparar rondas…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>Elija dos rondas diferentes para comparar.</translation>
    </message>
    <message>
        <source>Nothing changed between these rounds.</source>
        <translation>No cambió nada entre estas rondas.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparar rondas</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Comparar:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>c&amp;on:</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Ronda anterior</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Ronda posterior</translation>
    </message>
    <message>
        <source>&amp;Only changes</source>
        <translation>&amp;Solo cambios</translation>
    </message>
    <message>
        <source>Options of both rounds</source>
        <translation>Opciones de ambas rondas</translation>
    </message>
    <message>
        <source>The selected option in both rounds</source>
        <translation>La opción seleccionada en ambas rondas</translation>
    </message>
    <message>
        <source>Score per area in both rounds</source>
        <translation>Puntuación por esfera en ambas rondas</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>Comparar espacios de trabajo</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Ratings of each team</source>
        <translation>Calificaciones de cada equipo</translation>
    </message>
    <message>
        <source>Rounds compared: %1</source>
        <translation>Rondas comparadas: %1</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Ronda anterior</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Ronda posterior</translation>
    </message>
    <message>
        <source>Rating change</source>
        <translation>Cambio de calificación</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Otros cambios</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>Someone else changed this answer</source>
        <translation>Otra persona cambió esta respuesta</translation>
    </message>
    <message>
        <source>%1 of option %2 was changed by %3 (%4) while you were editing it.

Theirs: %5

Yours: %6

Which version should be kept?</source>
        <translation>%3 (%4) cambió el campo “%1” de la opción %2 mientras usted lo editaba.

La otra versión: %5

Su versión: %6

¿Qué versión desea conservar?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la otra versión</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Aquí (mi versión)</translation>
    </message>
    <message>
        <source>In the other file (theirs)</source>
        <translation>En el otro archivo (la otra versión)</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Modificado aquí por</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la otra versión</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>tomar la otra versión</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>conservar la mía</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>The workspace cannot be written to %1 (%2). Choose another place.</source>
        <translation>No se puede escribir el espacio de trabajo en %1 (%2). Elija otro lugar.</translation>
    </message>
</context>
<context>
    <name>Coordination</name>
    <message>
        <source>The mechanism needs a name.</source>
        <translation>El mecanismo debe tener un nombre.</translation>
    </message>
    <message>
        <source>Planned meetings per year must be between 0 and 52.</source>
        <translation>Las reuniones previstas al año deben estar entre 0 y 52.</translation>
    </message>
    <message>
        <source>Choose a person from the register or type the name of an institution.</source>
        <translation>Elija una persona del registro o escriba el nombre de una institución.</translation>
    </message>
    <message>
        <source>There is no person with id %1 in the register.</source>
        <translation>No hay ninguna persona con el identificador %1 en el registro.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>Esta persona ya es miembro.</translation>
    </message>
    <message>
        <source>Record meetings once they have taken place; the date is in the future.</source>
        <translation>Registre las reuniones una vez que se hayan celebrado; la fecha indicada es futura.</translation>
    </message>
    <message>
        <source>There is no coordination mechanism with id %1.</source>
        <translation>No hay ningún mecanismo de coordinación con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>CoordinationView</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Legal basis or act:</source>
        <translation>Base &amp;jurídica o norma:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandato:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Presidencia:</translation>
    </message>
    <message>
        <source>Secre&amp;tariat:</source>
        <translation>&amp;Secretaría:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Planned meetings per year:</source>
        <translation>Reun&amp;iones previstas al año:</translation>
    </message>
    <message>
        <source>Coor&amp;dination mechanism:</source>
        <translation>Mecanismo de &amp;coordinación:</translation>
    </message>
    <message>
        <source>New mechanism…</source>
        <translation>Nuevo mecanismo…</translation>
    </message>
    <message>
        <source>Delete mechanism…</source>
        <translation>Eliminar mecanismo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Miembros&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meetings held&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reuniones celebradas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Añadir miembro…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation>Registrar reunión…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Editar reunión…</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>Eliminar reunión…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet</source>
        <translation>Aún no se ha registrado ningún mecanismo de coordinación</translation>
    </message>
    <message>
        <source>A national biodiversity committee or working group that brings the focal points of the different treaties together is option A2 of the framework. Record its legal basis, mandate and chair, its members from the register and the meetings it holds.</source>
        <translation>Un comité nacional de biodiversidad o un grupo de trabajo que reúna a los puntos focales de los distintos tratados es la opción A2 del marco. Registre su base jurídica, su mandato y su presidencia, sus miembros (tomados del registro) y las reuniones que celebre.</translation>
    </message>
    <message>
        <source>Add a mechanism…</source>
        <translation>Añadir un mecanismo…</translation>
    </message>
    <message>
        <source>It meets less often than planned.</source>
        <translation>Se reúne con menos frecuencia de la prevista.</translation>
    </message>
    <message>
        <source>No focal point of these instruments is a member: %1.</source>
        <translation>Ningún punto focal de estos instrumentos es miembro: %1.</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>Mecanismo de coordinación</translation>
    </message>
    <message>
        <source>New mechanism</source>
        <translation>Nuevo mecanismo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>National biodiversity committee</source>
        <translation>Comité nacional de biodiversidad</translation>
    </message>
    <message>
        <source>Delete “%1” with its members and %2 recorded meetings? This cannot be undone.</source>
        <translation>¿Eliminar “%1” con sus miembros y %2 reuniones registradas? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete mechanism</source>
        <translation>Eliminar mecanismo</translation>
    </message>
    <message>
        <source>Delete the meeting of %1?</source>
        <translation>¿Eliminar la reunión del %1?</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
<message numerus="yes"><source>Met %n time(s) in the last 12 months (planned: %1 a year).</source><translation><numerusform>Se reunió %n vez en los últimos 12 meses (previsto: %1 al año).</numerusform><numerusform>Se reunió %n veces en los últimos 12 meses (previsto: %1 al año).</numerusform></translation></message></context>
<context>
    <name>Country</name>
    <message>
        <source>Unknown instrument code: %1.</source>
        <translation>Código de instrumento desconocido: %1.</translation>
    </message>
    <message>
        <source>An entry counts as out of date after 1 to 120 months without a check.</source>
        <translation>Una entrada se considera desactualizada tras un período de 1 a 120 meses sin verificación.</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Country profile</source>
        <translation>Perfil del país</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Nombre del país</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Código ISO</translation>
    </message>
    <message>
        <source>Months before an entry counts as out of date</source>
        <translation>Meses tras los cuales una entrada se considera desactualizada</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Nombre &amp;corto:</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>Código &amp;ISO:</translation>
    </message>
    <message>
        <source>Entries are out of date after:</source>
        <translation>Las entradas se consideran desactualizadas tras:</translation>
    </message>
    <message>
        <source>Instruments the country is Party to</source>
        <translation>Instrumentos en los que el país es Parte</translation>
    </message>
    <message>
        <source>Instruments left unticked disappear from the coverage matrix, the reporting calendar, the alignment and the evidence on option pages; nothing is deleted, and they come back when ticked again.</source>
        <translation>Los instrumentos que quedan sin marcar desaparecen de la matriz de cobertura, del calendario de informes, de la alineación y de los datos relacionados de las páginas de las opciones; no se elimina nada y vuelven a aparecer cuando se marcan de nuevo.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>missing: nobody is designated</source>
        <translation>falta: no hay nadie designado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (last verified: %2)</source>
        <translation>%1 (última verificación: %2)</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Función %1</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>&amp;Custodio:</translation>
    </message>
    <message>
        <source>&amp;Updated:</source>
        <translation>&amp;Frecuencia de actualización:</translation>
    </message>
    <message>
        <source>for example every year</source>
        <translation>por ejemplo, cada año</translation>
    </message>
    <message>
        <source>&amp;Last update:</source>
        <translation>Ú&amp;ltima actualización:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Reports it feeds:</source>
        <translation>&amp;Informes que alimenta:</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Frecuencia de actualización</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>Informes que alimenta</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>%1 already holds assessments. The demo is only written into a new, empty workspace.</source>
        <translation>%1 ya contiene evaluaciones. La demostración solo se escribe en un espacio de trabajo nuevo y vacío.</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>datos de demostración</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Round details</source>
        <translation>Detalles de la ronda</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>P&amp;articipants (one per line):</source>
        <translation>P&amp;articipantes (uno por línea):</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong that Synergy Desktop did not expect. Your saved answers are safe. If it happens again, send the details below to your support contact.</source>
        <translation>Se produjo un error que Synergy Desktop no esperaba. Sus respuestas guardadas están a salvo. Si vuelve a ocurrir, envíe los detalles que figuran a continuación a su contacto de asistencia técnica.</translation>
    </message>
    <message>
        <source>%1

The details are also in the log file %2.</source>
        <translation>%1

Los detalles también figuran en el archivo de registro %2.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>The country profile excludes every instrument.</source>
        <translation>El perfil del país excluye todos los instrumentos.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled.</source>
        <translation>%1 de %2 funciones cubiertas.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; missing: %3.</source>
        <translation>%1 de %2 funciones cubiertas; faltan: %3.</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>Aún no se ha registrado ningún mecanismo de coordinación.</translation>
    </message>
    <message>
        <source>Focal points of %1 are not members of %2.</source>
        <translation>Los puntos focales de %1 no son miembros de %2.</translation>
    </message>
    <message>
        <source>No national target is recorded yet (NBSAP alignment).</source>
        <translation>Aún no se ha registrado ninguna meta nacional (alineación con la EPANB).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: %2 de %3 cubiertas</translation>
    </message>
    <message>
        <source>No dataset is recorded yet (reporting calendar).</source>
        <translation>Aún no se ha registrado ningún conjunto de datos (calendario de informes).</translation>
    </message>
<message numerus="yes"><source>%1 met %n time(s) in the last 12 months (planned: %2 a year).</source><translation><numerusform>%1 se reunió %n vez en los últimos 12 meses (previsto: %2 al año).</numerusform><numerusform>%1 se reunió %n veces en los últimos 12 meses (previsto: %2 al año).</numerusform></translation></message><message numerus="yes"><source>%n dataset(s) recorded; %1 feed two or more reports.</source><translation><numerusform>%n conjunto de datos registrado; alimentan dos o más informes: %1.</numerusform><numerusform>%n conjuntos de datos registrados; alimentan dos o más informes: %1.</numerusform></translation></message><message numerus="yes"><source>%n national target(s) recorded.</source><translation><numerusform>%n meta nacional registrada.</numerusform><numerusform>%n metas nacionales registradas.</numerusform></translation></message><message numerus="yes"><source>%n national target(s) serve no reference target: %1.</source><translation><numerusform>%n meta nacional no contribuye a ninguna meta de referencia: %1.</numerusform><numerusform>%n metas nacionales no contribuyen a ninguna meta de referencia: %1.</numerusform></translation></message><message numerus="yes"><source>%n reporting obligation(s) in the calendar; %1 overdue.</source><translation><numerusform>%n obligación de presentación de informes en el calendario; vencidas: %1.</numerusform><numerusform>%n obligaciones de presentación de informes en el calendario; vencidas: %1.</numerusform></translation></message><message numerus="yes"><source>%n role(s) not verified in the last %1 months.</source><translation><numerusform>%n función no verificada en los últimos %1 meses.</numerusform><numerusform>%n funciones no verificadas en los últimos %1 meses.</numerusform></translation></message><message numerus="yes"><source>Next deadline: %1 %2 in %n day(s).</source><translation><numerusform>Próximo plazo: %1 %2, dentro de %n día.</numerusform><numerusform>Próximo plazo: %1 %2, dentro de %n días.</numerusform></translation></message></context>
<context>
    <name>Excel</name>
    <message>
        <source>Action items</source>
        <translation>Medidas de seguimiento</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Option title</source>
        <translation>Título de la opción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>Aún no se han registrado próximos pasos en esta ronda.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Esfera</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Última modificación por</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Coverage of focal-point roles</source>
        <translation>Cobertura de las funciones de punto focal</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 missing; %4 not verified in the last %5 months.</source>
        <translation>%1 de %2 funciones cubiertas; %3 sin cubrir; %4 no verificadas en los últimos %5 meses.</translation>
    </message>
    <message>
        <source>✓ filled   ! not verified recently   ✗ missing</source>
        <translation>✓ cubierta   ! no verificada recientemente   ✗ falta</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Función %1</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>No coordination mechanism is recorded yet.</source>
        <translation>Aún no se ha registrado ningún mecanismo de coordinación.</translation>
    </message>
    <message>
        <source>Legal basis or act</source>
        <translation>Base jurídica o norma</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Planned meetings per year</source>
        <translation>Reuniones previstas al año</translation>
    </message>
    <message>
        <source>Meetings in the last 12 months</source>
        <translation>Reuniones en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Instruments without a focal point among the members</source>
        <translation>Instrumentos sin punto focal entre los miembros</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>Fecha de designación</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No focal point is recorded in this workspace yet.</source>
        <translation>Aún no se ha registrado ningún punto focal en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>Alineación con la EPANB</translation>
    </message>
    <message>
        <source>2 = direct contribution, 1 = partial contribution, empty = none.</source>
        <translation>2 = contribución directa, 1 = contribución parcial, vacío = ninguna.</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>Aún no se ha registrado ninguna meta nacional en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Meta nacional</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>Cobertura y lagunas</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: %2 de %3 cubiertas</translation>
    </message>
    <message>
        <source>   not covered: %1 %2</source>
        <translation>   sin cubrir: %1 %2</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>Metas nacionales que no contribuyen a ninguna meta de referencia</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Synergies self-assessment – summary</source>
        <translation>Autoevaluación de las sinergias – resumen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Framework id and version</source>
        <translation>Identificador y versión del marco</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1, versión %2 (contenido %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Fecha de exportación</translation>
    </message>
    <message>
        <source>No option has been answered in this round yet: every area below shows 0 of its options answered.</source>
        <translation>Aún no se ha respondido ninguna opción en esta ronda: cada esfera que figura a continuación muestra 0 opciones respondidas.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completitud</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las esferas</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of rated, applicable options ÷ 4; an empty score means no option of the area is rated yet.</source>
        <translation>Completitud = opciones respondidas ÷ total de opciones. Puntuación = calificación media (0-4) de las opciones calificadas y aplicables ÷ 4; una puntuación vacía significa que aún no se ha calificado ninguna opción de la esfera.</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>Completitud y puntuación por esfera</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>Puntuación por esfera</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Writing the instructions…</source>
        <translation>Escribiendo las instrucciones…</translation>
    </message>
    <message>
        <source>Writing area %1…</source>
        <translation>Escribiendo la esfera %1…</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>Guardando el libro…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Synergies self-assessment – questionnaire</source>
        <translation>Autoevaluación de las sinergias – cuestionario</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>País: %1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Ronda: %1</translation>
    </message>
    <message>
        <source>Framework: %1, version %2</source>
        <translation>Marco: %1, versión %2</translation>
    </message>
    <message>
        <source>How to fill in this questionnaire</source>
        <translation>Cómo rellenar este cuestionario</translation>
    </message>
    <message>
        <source>1. Each sheet is one area of the framework; each row is one option. Read the option and its questions in the grey columns.</source>
        <translation>1. Cada hoja corresponde a una esfera del marco y cada fila, a una opción. Lea la opción y sus preguntas en las columnas grises.</translation>
    </message>
    <message>
        <source>2. Fill in the yellow cells only. Choose the rating and the priority from the drop-down lists; the other cells take free text.</source>
        <translation>2. Rellene solo las celdas amarillas. Elija la calificación y la prioridad en las listas desplegables; las demás celdas admiten texto libre.</translation>
    </message>
    <message>
        <source>3. Ratings: 0 not started, 1 planned or initial steps, 2 partly in place, 3 largely in place, 4 fully in place, NA not applicable, ND not yet discussed.</source>
        <translation>3. Calificaciones: 0 no iniciado, 1 previsto o primeros pasos, 2 parcialmente en marcha, 3 en gran parte en marcha, 4 plenamente en marcha, NA no aplicable, ND aún no debatido.</translation>
    </message>
    <message>
        <source>4. Conventions concerned: codes separated by commas, from this list: %1.</source>
        <translation>4. Convenios pertinentes: códigos separados por comas, tomados de esta lista: %1.</translation>
    </message>
    <message>
        <source>5. Target dates as dates (for example 2027-06-30).</source>
        <translation>5. Fechas previstas en formato de fecha (por ejemplo, 2027-06-30).</translation>
    </message>
    <message>
        <source>6. Do not add, move or delete rows or sheets, and do not change the grey cells: the file is read back automatically.</source>
        <translation>6. No añada, mueva ni elimine filas u hojas, ni modifique las celdas grises: el archivo se lee automáticamente.</translation>
    </message>
    <message>
        <source>7. Save the file as an Excel workbook (.xlsx) and send it back. The answers already given are filled in; change what is no longer true.</source>
        <translation>7. Guarde el archivo como libro de Excel (.xlsx) y devuélvalo. Las respuestas ya dadas figuran rellenadas; cambie lo que ya no sea cierto.</translation>
    </message>
    <message>
        <source>What the option asks</source>
        <translation>Qué plantea la opción</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Choose a rating from the list.</source>
        <translation>Elija una calificación de la lista.</translation>
    </message>
    <message>
        <source>Type a date, for example 2027-06-30.</source>
        <translation>Escriba una fecha, por ejemplo, 2027-06-30.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>en preparación</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>presentado</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Calendario de informes</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue on %3.</source>
        <translation>%1 obligaciones, %2 vencidas al %3.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Presentado el</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>sin fecha fija</translation>
    </message>
    <message>
        <source>The calendar is empty.</source>
        <translation>El calendario está vacío.</translation>
    </message>
    <message>
        <source>Datasets and the reports they feed</source>
        <translation>Conjuntos de datos e informes que alimentan</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Frecuencia de actualización</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Reports it feeds</source>
        <translation>Informes que alimenta</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Writing sheets…</source>
        <translation>Escribiendo las hojas…</translation>
    </message>
    <message>
        <source>Long texts</source>
        <translation>Textos largos</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texto completo</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names left out of this export</source><translation><numerusform>%n participante; nombres omitidos en esta exportación</numerusform><numerusform>%n participantes; nombres omitidos en esta exportación</numerusform></translation></message></context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Leave out personal data (names, e-mails, phones and addresses)</source>
        <translation>Excluir los datos personales (nombres, correos electrónicos, teléfonos y direcciones)</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Option text</source>
        <translation>Texto de la opción</translation>
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
        <translation>&amp;Buscar…</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find in this round</source>
        <translation>Buscar en esta ronda</translation>
    </message>
    <message>
        <source>&amp;Find in options, evidence, gaps and next steps:</source>
        <translation>&amp;Buscar en opciones, pruebas, lagunas y próximos pasos:</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Pasajes encontrados</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>Se encontró %n pasaje</numerusform>
            <numerusform>Se encontraron %n pasajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found in this round.</source>
        <translation>No se encontró nada en esta ronda.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <extracomment>Instrument families ticked at first: every convention and protocol, and the GEF, which nearly every country takes part in. The team unticks what the country has not joined.</extracomment>
        <translation>Autoevaluación %1</translation>
    </message>
    <message>
        <source>Set up the new workspace</source>
        <translation>Configurar el nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Set up the workspace for your country</source>
        <translation>Configurar el espacio de trabajo para su país</translation>
    </message>
    <message>
        <source>A few answers and the workspace is ready: the pages then show only the treaties the country is Party to, the reporting calendar starts from today, and the team can start answering. Everything can be changed later (File &gt; Country profile).</source>
        <translation>Con unas pocas respuestas, el espacio de trabajo estará listo: las páginas mostrarán solo los tratados en los que el país es Parte, el calendario de informes empezará a partir de hoy y el equipo podrá comenzar a responder. Todo se puede cambiar más adelante (Archivo &gt; Perfil del país).</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Nombre &amp;corto:</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>Código &amp;ISO:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>for example Republic of Verdania</source>
        <translation>por ejemplo, República de Verdania</translation>
    </message>
    <message>
        <source>for example Verdania (optional)</source>
        <translation>por ejemplo, Verdania (opcional)</translation>
    </message>
    <message>
        <source>three letters, for example VRD (optional)</source>
        <translation>tres letras, por ejemplo, VRD (opcional)</translation>
    </message>
    <message>
        <source>shown in the history of every change you make</source>
        <translation>se muestra en el historial de cada cambio que haga</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Nombre del país</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Código ISO</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Treaties the country is &amp;Party to</source>
        <translation>Tratados en los que el país es P&amp;arte</translation>
    </message>
    <message>
        <source>Untick those the country has not joined: their roles, reports and goals are then left out of the register, the calendar and the alignment.</source>
        <translation>Desmarque aquellos a los que el país no se ha adherido: sus funciones, informes y objetivos quedarán excluidos del registro, del calendario y de la alineación.</translation>
    </message>
    <message>
        <source>Start the first &amp;round of the self-assessment now</source>
        <translation>Iniciar ahora la primera &amp;ronda de la autoevaluación</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>Título de la ronda</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace</source>
        <translation>Con&amp;figurar el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>A new person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Prefi&amp;x:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>Ins&amp;trument:</source>
        <translation>In&amp;strumento:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>F&amp;unción:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Primary contact for this instrument</source>
        <translation>Contacto principal para este instrumento</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Designation date</source>
        <translation>Fecha de designación</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>Desi&amp;gnated on:</source>
        <translation>Fecha de desi&amp;gnación:</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Date last verified</source>
        <translation>Fecha de la última verificación</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>Última &amp;verificación:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Fecha del cambio</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>Nota de traspaso</translation>
    </message>
    <message>
        <source>What the new holder needs to know: open files, deadlines, contacts…</source>
        <translation>Lo que debe saber el nuevo titular: expedientes abiertos, plazos, contactos…</translation>
    </message>
    <message>
        <source>Date of the &amp;change (YYYY-MM-DD):</source>
        <translation>Fecha del &amp;cambio (AAAA-MM-DD):</translation>
    </message>
    <message>
        <source>&amp;Hand-over note:</source>
        <translation>Nota de &amp;traspaso:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Nota de traspaso de %1 (hasta %2):&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The date of the change must be written as YYYY-MM-DD, not “%1”.</source>
        <translation>La fecha del cambio debe escribirse como AAAA-MM-DD, no “%1”.</translation>
    </message>
</context>
<context>
    <name>FocalPointModel</name>
    <message>
        <source>former holder until %1</source>
        <translation>titular anterior hasta %1</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>no verificado recientemente</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>FocalPoints</name>
    <message>
        <source>This entry already belongs to a former holder.</source>
        <translation>Esta entrada ya pertenece a un titular anterior.</translation>
    </message>
    <message>
        <source>The change cannot be dated before the previous holder was designated.</source>
        <translation>El cambio no puede tener una fecha anterior a la designación del titular anterior.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Instrumento desconocido: “%1”.</translation>
    </message>
    <message>
        <source>%1 has no role “%2”.</source>
        <translation>%1 no tiene la función “%2”.</translation>
    </message>
    <message>
        <source>Give the institution of the focal point; it stays in exports even without personal data.</source>
        <translation>Indique la institución del punto focal; se mantiene en las exportaciones incluso sin datos personales.</translation>
    </message>
    <message>
        <source>Give a name, or at least the position, of the person who holds the role.</source>
        <translation>Indique el nombre, o al menos el cargo, de la persona que ocupa la función.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (expected something like name@ministry.gov).</source>
        <translation>“%1” no es una dirección de correo electrónico válida (se espera algo como nombre@ministerio.gob).</translation>
    </message>
    <message>
        <source>The date last verified cannot be in the future.</source>
        <translation>La fecha de la última verificación no puede ser futura.</translation>
    </message>
    <message>
        <source>The entry cannot have been verified before the designation.</source>
        <translation>La entrada no puede haberse verificado antes de la designación.</translation>
    </message>
    <message>
        <source>%1 can have only one holder, and %2 holds it. Use “Change holder” to record a new holder.</source>
        <translation>%1 solo puede tener un titular, y ya lo es %2. Use “Cambiar de titular” para registrar un nuevo titular.</translation>
    </message>
    <message>
        <source>There is no focal-point entry with id %1.</source>
        <translation>No hay ninguna entrada de punto focal con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>FocalPointsView</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumento:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Instit&amp;ution:</source>
        <translation>I&amp;nstitución:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Change holder…</source>
        <translation>&amp;Cambiar de titular…</translation>
    </message>
    <message>
        <source>Show for&amp;mer holders</source>
        <translation>&amp;Mostrar titulares anteriores</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;ñadir…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;portar…</translation>
    </message>
    <message>
        <source>Import focal points from a spreadsheet (Excel workbook or CSV file)</source>
        <translation>Importar puntos focales desde una hoja de cálculo (libro de Excel o archivo CSV)</translation>
    </message>
    <message>
        <source>Add a focal point…</source>
        <translation>Añadir un punto focal…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Importar desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>name, e-mail, position…</source>
        <translation>nombre, correo electrónico, cargo…</translation>
    </message>
    <message>
        <source>Focal points and authorities</source>
        <translation>Puntos focales y autoridades</translation>
    </message>
    <message>
        <source>Coverage of roles</source>
        <translation>Cobertura de las funciones</translation>
    </message>
    <message>
        <source>Details of the chosen entry</source>
        <translation>Detalles de la entrada seleccionada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage: every role of every instrument the country is Party to&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cobertura: todas las funciones de todos los instrumentos en los que el país es Parte&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entrada mostrada</numerusform>
            <numerusform>%n entradas mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No focal point is recorded yet</source>
        <translation>Aún no se ha registrado ningún punto focal</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>✓ filled (green)   ! not verified in the last %1 months (amber)   ✗ missing (red) — %2 of %3 roles filled, %4 missing</source>
        <translation>✓ cubierta (verde)   ! no verificada en los últimos %1 meses (ámbar)   ✗ falta (rojo) — %2 de %3 funciones cubiertas, %4 sin cubrir</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an entry to see its details, hand-over note and the former holders of the role.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una entrada para ver sus detalles, la nota de traspaso y los titulares anteriores de la función.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hand-over note from %1 (until %2):&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nota de traspaso de %1 (hasta %2):&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Former holders</source>
        <translation>Titulares anteriores</translation>
    </message>
    <message>
        <source>Add a focal point</source>
        <translation>Añadir un punto focal</translation>
    </message>
    <message>
        <source>Edit focal point</source>
        <translation>Editar punto focal</translation>
    </message>
    <message>
        <source>Change holder</source>
        <translation>Cambiar de titular</translation>
    </message>
    <message>
        <source>Delete the entry “%1” for %2? Use “Change holder” instead when somebody else took over: it keeps the history.</source>
        <translation>¿Eliminar la entrada “%1” para %2? Si otra persona asumió la función, use “Cambiar de titular”: así se conserva el historial.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
<message numerus="yes"><source>Record who holds each focal point and authority role of the treaties the country is Party to; the matrix below shows the %n role(s) to fill. If the team already keeps a list in a spreadsheet, import it: every row is checked and shown to you before anything is added.</source><translation><numerusform>Registre quién ocupa cada función de punto focal y de autoridad de los tratados en los que el país es Parte; la matriz siguiente muestra %n función por cubrir. Si el equipo ya lleva una lista en una hoja de cálculo, impórtela: cada fila se comprueba y se le muestra antes de añadir nada.</numerusform><numerusform>Registre quién ocupa cada función de punto focal y de autoridad de los tratados en los que el país es Parte; la matriz siguiente muestra las %n funciones por cubrir. Si el equipo ya lleva una lista en una hoja de cálculo, impórtela: cada fila se comprueba y se le muestra antes de añadir nada.</numerusform></translation></message></context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <source>Add a reference framework</source>
        <translation>Añadir un marco de referencia</translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation>&amp;Código corto:</translation>
    </message>
    <message>
        <source>for example AU-STRATEGY</source>
        <translation>por ejemplo, AU-STRATEGY</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumento:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>decision or resolution that adopted it</source>
        <translation>decisión o resolución por la que se adoptó</translation>
    </message>
    <message>
        <source>&amp;Goals or targets:</source>
        <translation>&amp;Objetivos o metas:</translation>
    </message>
    <message>
        <source>One per line, as “code: title”, for example
G1: Reduce threats to species</source>
        <translation>Uno por línea, como “código: título”, por ejemplo
G1: Reducir las amenazas para las especies</translation>
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
        <translation>%1 de %2 opciones respondidas</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>not yet discussed</source>
        <translation>aún no debatida</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Area and option</source>
        <translation>Esfera y opción</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>a word or a phrase, for example round</source>
        <translation>una palabra o una frase, por ejemplo, ronda</translation>
    </message>
    <message>
        <source>Search the user guide</source>
        <translation>Buscar en la guía del usuario</translation>
    </message>
    <message>
        <source>Sections of the user guide</source>
        <translation>Secciones de la guía del usuario</translation>
    </message>
    <message>
        <source>Places found in the user guide</source>
        <translation>Pasajes encontrados en la guía del usuario</translation>
    </message>
    <message>
        <source>Text of the user guide</source>
        <translation>Texto de la guía del usuario</translation>
    </message>
    <message>
        <source>%1 – User guide</source>
        <translation>%1 – Guía del usuario</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contenido&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Escriba al menos dos letras.</translation>
    </message>
    <message>
        <source>No place in the guide contains “%1”.</source>
        <translation>Ningún pasaje de la guía contiene “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>Se encontró %n pasaje</numerusform>
            <numerusform>Se encontraron %n pasajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import national targets</source>
        <translation>Importar metas nacionales</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2: %3 target(s) will be added; %4 row(s) are rejected and will not be imported.</source>
        <translation>Hoja “%1” de %2: se añadirán %3 meta(s); se rechazan %4 fila(s), que no se importarán.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institución rectora</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Targets to add</source>
        <translation>Metas que se añadirán</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message numerus="yes">
        <source>Import %n target(s)</source>
        <translation>
            <numerusform>Importar %n meta</numerusform>
            <numerusform>Importar %n metas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;Se añadirán&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filas rechazadas&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>0 – not started</source>
        <translation>0 – no iniciado</translation>
    </message>
    <message>
        <source>1 – planned or initial steps</source>
        <translation>1 – previsto o primeros pasos</translation>
    </message>
    <message>
        <source>2 – partly in place</source>
        <translation>2 – parcialmente en marcha</translation>
    </message>
    <message>
        <source>3 – largely in place</source>
        <translation>3 – en gran parte en marcha</translation>
    </message>
    <message>
        <source>4 – fully in place</source>
        <translation>4 – plenamente en marcha</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Aún no debatido</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Conventions concerned</source>
        <translation>Convenios pertinentes</translation>
    </message>
    <message>
        <source>Responsible institution(s)</source>
        <translation>Institución(es) responsable(s)</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Pruebas y notas</translation>
    </message>
    <message>
        <source>Gaps and obstacles</source>
        <translation>Lagunas y obstáculos</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>Aún no se ha hecho nada.</translation>
    </message>
    <message>
        <source>The step is planned or the first actions have started.</source>
        <translation>El paso está previsto o se han iniciado las primeras acciones.</translation>
    </message>
    <message>
        <source>Some elements work, but important parts are missing.</source>
        <translation>Algunos elementos funcionan, pero faltan partes importantes.</translation>
    </message>
    <message>
        <source>Most elements work; a few gaps remain.</source>
        <translation>La mayoría de los elementos funcionan; quedan algunas lagunas.</translation>
    </message>
    <message>
        <source>The option is fully in place and works in practice.</source>
        <translation>La opción está plenamente en marcha y funciona en la práctica.</translation>
    </message>
    <message>
        <source>The option does not apply to this country; it is left out of the scores.</source>
        <translation>La opción no se aplica a este país; se excluye de las puntuaciones.</translation>
    </message>
    <message>
        <source>The team has not discussed this option yet.</source>
        <translation>El equipo aún no ha debatido esta opción.</translation>
    </message>
    <message>
        <source>focal-point register</source>
        <translation>registro de puntos focales</translation>
    </message>
    <message>
        <source>coordination mechanism</source>
        <translation>mecanismo de coordinación</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>alineación con la EPANB</translation>
    </message>
    <message>
        <source>reporting calendar</source>
        <translation>calendario de informes</translation>
    </message>
    <message>
        <source>shared datasets</source>
        <translation>conjuntos de datos compartidos</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Abrir espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Export summary…</source>
        <translation>&amp;Exportar resumen…</translation>
    </message>
    <message>
        <source>Open team ser&amp;ver workspace…</source>
        <translation>Abrir espacio de trabajo del ser&amp;vidor del equipo…</translation>
    </message>
    <message>
        <source>Export q&amp;uestionnaire…</source>
        <translation>Exportar c&amp;uestionario…</translation>
    </message>
    <message>
        <source>&amp;Import questionnaire…</source>
        <translation>&amp;Importar cuestionario…</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>Guardar el espacio de trabajo &amp;como…</translation>
    </message>
    <message>
        <source>Country &amp;profile…</source>
        <translation>&amp;Perfil del país…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vista general</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Evaluación</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>&amp;Puntos focales</translation>
    </message>
    <message>
        <source>&amp;Coordination</source>
        <translation>&amp;Coordinación</translation>
    </message>
    <message>
        <source>&amp;NBSAP alignment</source>
        <translation>&amp;Alineación con la EPANB</translation>
    </message>
    <message>
        <source>&amp;Reporting calendar</source>
        <translation>Calendario de &amp;informes</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>Cerrar el espacio de &amp;trabajo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Su &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nueva ronda…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Round &amp;details…</source>
        <translation>&amp;Detalles de la ronda…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalizar…</translation>
    </message>
    <message>
        <source>New round from &amp;this one…</source>
        <translation>Nueva ronda a partir de es&amp;ta…</translation>
    </message>
    <message>
        <source>De&amp;lete round…</source>
        <translation>&amp;Eliminar ronda…</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Nor&amp;mal text size</source>
        <translation>Tamaño de texto nor&amp;mal</translation>
    </message>
    <message>
        <source>Ne&amp;xt option</source>
        <translation>Opción &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous option</source>
        <translation>Opción &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más pe&amp;queño</translation>
    </message>
    <message>
        <source>&amp;History panel</source>
        <translation>Panel de &amp;historial</translation>
    </message>
    <message>
        <source>&amp;About Synergy Desktop</source>
        <translation>&amp;Acerca de Synergy Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>E&amp;dición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Round: </source>
        <translation>&amp;Ronda: </translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Ronda de evaluación</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Ningún espacio de trabajo abierto</translation>
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
        <translation>sin contribución</translation>
    </message>
    <message>
        <source>partial contribution</source>
        <translation>contribución parcial</translation>
    </message>
    <message>
        <source>direct contribution</source>
        <translation>contribución directa</translation>
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
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>Registrar una reunión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participantes:</translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation>&amp;Decisiones:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Próximos pa&amp;sos:</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Añadir un miembro</translation>
    </message>
    <message>
        <source>(an institution, not a person of the register)</source>
        <translation>(una institución, no una persona del registro)</translation>
    </message>
    <message>
        <source>Person from the register</source>
        <translation>Persona del registro</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1 cannot be merged: its records are damaged or incomplete. Nothing was changed; ask for a fresh copy.</source>
        <translation>No se puede combinar %1: sus registros están dañados o incompletos. No se ha cambiado nada; pida una copia nueva.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its round “%2” was answered against the framework %3 version %4, and this workspace uses %5 version %6. Nothing was changed.</source>
        <translation>No se puede combinar %1: su ronda «%2» se respondió con el marco %3 versión %4, y este espacio de trabajo usa %5 versión %6. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is this workspace itself; choose another file to merge.</source>
        <translation>%1 es este mismo espacio de trabajo; elija otro archivo para combinar.</translation>
    </message>
    <message>
        <source>The merge was not applied (%1). Nothing was changed.</source>
        <translation>No se aplicó la combinación (%1). No se cambió nada.</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>combinado desde %1</translation>
    </message>
    <message>
        <source>kept this workspace's value</source>
        <translation>se conservó el valor de este espacio de trabajo</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Perfil del país</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Coordination mechanism</source>
        <translation>Mecanismo de coordinación</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Meta nacional</translation>
    </message>
    <message>
        <source>Reference framework</source>
        <translation>Marco de referencia</translation>
    </message>
    <message>
        <source>Framework target</source>
        <translation>Meta del marco</translation>
    </message>
    <message>
        <source>Alignment cell</source>
        <translation>Celda de alineación</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Reporting obligation</source>
        <translation>Obligación de presentación de informes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Código ISO</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Instruments left out</source>
        <translation>Instrumentos excluidos</translation>
    </message>
    <message>
        <source>Months before an entry needs checking</source>
        <translation>Meses antes de que una entrada deba verificarse</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>Fecha de designación</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>Nota de traspaso</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Sucesor</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Reuniones al año</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Fecha de celebración</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>Versión de la EPANB</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institución rectora</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>Meta de referencia</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Frecuencia de actualización</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>Cada (meses)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Due date precision</source>
        <translation>Precisión de la fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Presentado el</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Fecha de verificación</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(elemento completo)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
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
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n respuesta(s)</numerusform><numerusform>%n respuesta(s)</numerusform></translation></message>
    <message>
        <source>The round is finalised here.</source>
        <translation>La ronda está finalizada aquí.</translation>
    </message>
    <message>
        <source>It belongs to a record that is not in this workspace.</source>
        <translation>Pertenece a un elemento que no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>This workspace has another framework with the same key.</source>
        <translation>Este espacio de trabajo tiene otro marco con la misma clave.</translation>
    </message>
    <message>
        <source>Records added here still refer to it.</source>
        <translation>Los elementos añadidos aquí todavía hacen referencia a él.</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>Espacios de trabajo de Synergy (*.synergy);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Merge another workspace</source>
        <translation>Combinar otro espacio de trabajo</translation>
    </message>
    <message>
        <source>Reading the other workspace…</source>
        <translation>Leyendo el otro espacio de trabajo…</translation>
    </message>
    <message>
        <source>%1 holds nothing that this workspace does not have already.</source>
        <translation>%1 no contiene nada que este espacio de trabajo no tenga ya.</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed.</source>
        <translation>Combinación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Combinando…</translation>
    </message>
    <message>
        <source>Merged %1: %2 change(s) applied, %3 conflict(s) kept as here, %4 left undecided, %5 held.</source>
        <translation>Se combinó %1: %2 cambio(s) aplicado(s), %3 conflicto(s) conservado(s) como aquí, %4 sin decidir, %5 retenido(s).</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Guardando una copia…</translation>
    </message>
    <message>
        <source>A copy was saved to %1; you are still working in %2.</source>
        <translation>Se guardó una copia en %1; sigue trabajando en %2.</translation>
    </message>
    <message>
        <source>Compare workspaces</source>
        <translation>Comparar espacios de trabajo</translation>
    </message>
    <message>
        <source>Choose two or more workspaces (hold Ctrl to choose several).</source>
        <translation>Elija dos o más espacios de trabajo (mantenga pulsada la tecla Ctrl para elegir varios).</translation>
    </message>
    <message>
        <source>Reading the workspaces…</source>
        <translation>Leyendo los espacios de trabajo…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Comparison written to %1</source>
        <translation>Comparación guardada en %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>No se puede escribir el libro en %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Merge another workspace…</source>
        <translation>Com&amp;binar otro espacio de trabajo…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Guardar una c&amp;opia…</translation>
    </message>
    <message>
        <source>Compare &amp;workspaces…</source>
        <translation>Co&amp;mparar espacios de trabajo…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another workspace</source>
        <translation>Combinar otro espacio de trabajo</translation>
    </message>
    <message>
        <source>%1: %2 change(s) come in; %3 conflict(s) need your choice; %4 change(s) are held and not applied. A backup copy is made before anything is written.</source>
        <translation>%1: entran %2 cambio(s); %3 conflicto(s) requieren su decisión; %4 cambio(s) quedan retenidos y no se aplican. Antes de escribir nada, se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>The two workspaces share no history: records are matched by their stable ids only, and every difference is a conflict.</source>
        <translation>Los dos espacios de trabajo no comparten historial: los elementos se emparejan solo por sus identificadores estables y cada diferencia es un conflicto.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Incoming changes</source>
        <translation>Cambios entrantes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Held changes</source>
        <translation>Cambios retenidos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incoming changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cambios entrantes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (tick to take theirs)</source>
        <translation>&lt;b&gt;Conflictos&lt;/b&gt; (marque para tomar la otra versión)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held&lt;/b&gt; (reported, not applied)</source>
        <translation>&lt;b&gt;Retenidos&lt;/b&gt; (se notifican, pero no se aplican)</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Conservar todas las mías</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Tomar todas las del otro archivo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>Nbsap</name>
    <message>
        <source>A national target needs a code, for example T1 or 3.2.</source>
        <translation>La meta nacional debe tener un código, por ejemplo, T1 o 3.2.</translation>
    </message>
    <message>
        <source>“%1” is not a usable code: use letters, digits, dots or dashes, at most 30.</source>
        <translation>“%1” no es un código válido: use letras, dígitos, puntos o guiones, 30 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A national target needs a title.</source>
        <translation>La meta nacional debe tener un título.</translation>
    </message>
    <message>
        <source>The title is too long (at most 500 characters).</source>
        <translation>El título es demasiado largo (500 caracteres como máximo).</translation>
    </message>
    <message>
        <source>There is already a national target with the code “%1”.</source>
        <translation>Ya existe una meta nacional con el código “%1”.</translation>
    </message>
    <message>
        <source>There is no national target with id %1.</source>
        <translation>No hay ninguna meta nacional con el identificador %1.</translation>
    </message>
    <message>
        <source>There is no reference framework “%1”.</source>
        <translation>No existe el marco de referencia “%1”.</translation>
    </message>
    <message>
        <source>Give the framework a short code (letters, digits, dots or dashes).</source>
        <translation>Asigne al marco un código corto (letras, dígitos, puntos o guiones).</translation>
    </message>
    <message>
        <source>A framework with the code “%1” exists already.</source>
        <translation>Ya existe un marco con el código “%1”.</translation>
    </message>
    <message>
        <source>Give the framework a name.</source>
        <translation>Asigne un nombre al marco.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Instrumento desconocido: “%1”.</translation>
    </message>
    <message>
        <source>List at least one goal or target, one per line as “code: title”.</source>
        <translation>Indique al menos un objetivo o meta, uno por línea, como “código: título”.</translation>
    </message>
    <message>
        <source>Each goal needs its own short code and a title, one per line as “code: title”.</source>
        <translation>Cada objetivo necesita su propio código corto y un título, uno por línea, como “código: título”.</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>Solo se pueden eliminar los marcos añadidos en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 has no target “%2”.</source>
        <translation>%1 no tiene la meta “%2”.</translation>
    </message>
</context>
<context>
    <name>NbsapView</name>
    <message>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <source>&lt;b&gt;National targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Metas nacionales&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importar desde Excel…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;ñadir…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Reference frame&amp;work:</source>
        <translation>&amp;Marco de referencia:</translation>
    </message>
    <message>
        <source>Add a framework…</source>
        <translation>Añadir un marco…</translation>
    </message>
    <message>
        <source>Delete framework…</source>
        <translation>Eliminar el marco…</translation>
    </message>
    <message>
        <source>Only frameworks added in this workspace can be deleted.</source>
        <translation>Solo se pueden eliminar los marcos añadidos en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Note on cell…</source>
        <translation>&amp;Nota sobre la celda…</translation>
    </message>
    <message>
        <source>National targets</source>
        <translation>Metas nacionales</translation>
    </message>
    <message>
        <source>No national target is recorded yet</source>
        <translation>Aún no se ha registrado ninguna meta nacional</translation>
    </message>
    <message>
        <source>Add the targets of your NBSAP, or import them from an Excel sheet with a “Code” and a “Title” column. Then mark which global targets each one serves (the Kunming-Montreal framework and the goals of the other conventions), and see the gaps both ways.</source>
        <translation>Añada las metas de su EPANB o impórtelas desde una hoja de Excel con una columna “Code” y otra “Title” (en inglés). Luego marque a qué metas mundiales contribuye cada una (el Marco Kunming-Montreal y los objetivos de los demás convenios) y vea las lagunas en ambos sentidos.</translation>
    </message>
    <message>
        <source>Add a target…</source>
        <translation>Añadir una meta…</translation>
    </message>
    <message>
        <source>Import targets from Excel…</source>
        <translation>Importar metas desde Excel…</translation>
    </message>
    <message>
        <source>Alignment matrix</source>
        <translation>Matriz de alineación</translation>
    </message>
    <message>
        <source>Coverage and gaps</source>
        <translation>Cobertura y lagunas</translation>
    </message>
    <message>
        <source>● direct contribution   ◐ partial   (empty) none. Keys: 2 direct, 1 partial, 0 none, Space cycles, F2 opens a list. Point at a cell for the target's title.</source>
        <translation>● contribución directa   ◐ parcial   (vacío) ninguna. Teclas: 2 directa, 1 parcial, 0 ninguna; la barra espaciadora alterna los valores y F2 abre una lista. Sitúe el puntero sobre una celda para ver el título de la meta.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>%1 of %2 covered (%3%)</source>
        <translation>%1 de %2 cubiertas (%3%)</translation>
    </message>
    <message>
        <source>Coverage of each framework</source>
        <translation>Cobertura de cada marco</translation>
    </message>
    <message>
        <source>Reference targets no national target covers</source>
        <translation>Metas de referencia que ninguna meta nacional cubre</translation>
    </message>
    <message>
        <source>National targets that serve no reference target</source>
        <translation>Metas nacionales que no contribuyen a ninguna meta de referencia</translation>
    </message>
    <message>
        <source>Add a national target</source>
        <translation>Añadir una meta nacional</translation>
    </message>
    <message>
        <source>Edit national target</source>
        <translation>Editar meta nacional</translation>
    </message>
    <message>
        <source>Delete the national target %1 “%2” and its alignments?</source>
        <translation>¿Eliminar la meta nacional %1 “%2” y sus alineaciones?</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Eliminar meta</translation>
    </message>
    <message>
        <source>Import national targets</source>
        <translation>Importar metas nacionales</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n national target(s) added.</source>
        <translation>
            <numerusform>Se añadió %n meta nacional.</numerusform>
            <numerusform>Se añadieron %n metas nacionales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the reference framework “%1” and every alignment to it? This cannot be undone.</source>
        <translation>¿Eliminar el marco de referencia «%1» y todas sus correspondencias? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete framework</source>
        <translation>Eliminar el marco</translation>
    </message>
    <message>
        <source>Note on the alignment</source>
        <translation>Nota sobre la alineación</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumento:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>Info&amp;rme:</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>Repeats e&amp;very:</source>
        <translation>Se repite ca&amp;da:</translation>
    </message>
    <message>
        <source>does not repeat</source>
        <translation>no se repite</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Date &amp;precision:</source>
        <translation>Precisión de la fec&amp;ha:</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>día exacto</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>solo el mes</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>solo el año</translation>
    </message>
    <message>
        <source>Responsible &amp;focal point:</source>
        <translation>&amp;Punto focal responsable:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
</context>
<context>
    <name>OptionText</name>
    <message>
        <source>Area %1: %2</source>
        <translation>Esfera %1: %2</translation>
    </message>
    <message>
        <source>What “fully in place” looks like</source>
        <translation>Qué significa “plenamente en marcha”</translation>
    </message>
    <message>
        <source>Questions for the team</source>
        <translation>Preguntas para el equipo</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Good practice: this option does not rest on a specific decision or resolution.</source>
        <translation>Buena práctica: esta opción no se basa en una decisión o resolución concreta.</translation>
    </message>
    <message>
        <source>Related evidence in this workspace:</source>
        <translation>Datos relacionados en este espacio de trabajo:</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Focal points</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <source>Upcoming reporting deadlines</source>
        <translation>Próximos plazos de presentación de informes</translation>
    </message>
    <message>
        <source>Open the walk-through</source>
        <translation>Abrir la evaluación</translation>
    </message>
    <message>
        <source>Answers and score per area</source>
        <translation>Respuestas y puntuación por esfera</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>Puntuación por esfera</translation>
    </message>
    <message>
        <source>Progress per area</source>
        <translation>Progreso por esfera</translation>
    </message>
    <message>
        <source>Score per area across rounds</source>
        <translation>Puntuación por esfera a lo largo de las rondas</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>Abrir el registro</translation>
    </message>
    <message>
        <source>Open the alignment</source>
        <translation>Abrir la alineación</translation>
    </message>
    <message>
        <source>NBSAP coverage per framework</source>
        <translation>Cobertura de la EPANB por marco</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir el calendario</translation>
    </message>
    <message>
        <source>Overview of the round</source>
        <translation>Vista general de la ronda</translation>
    </message>
    <message>
        <source>Options answered</source>
        <translation>Opciones respondidas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Targets covered</source>
        <translation>Metas cubiertas</translation>
    </message>
    <message>
        <source>%1 filled   %2 not verified recently   %3 missing</source>
        <translation>%1 cubierta   %2 no verificada recientemente   %3 falta</translation>
    </message>
    <message>
        <source>Country not named yet (File &gt; Country profile…)</source>
        <translation>País aún sin nombre (Archivo &gt; Perfil del país…)</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>Aún no hay ninguna ronda.</translation>
    </message>
    <message>
        <source>score %1%</source>
        <translation>puntuación: %1%</translation>
    </message>
    <message>
        <source>no rating yet</source>
        <translation>aún sin calificación</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 options answered; %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 de %3 opciones respondidas; %4.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 answered, score %5</source>
        <translation>%1 %2: %3 de %4 respondidas, puntuación %5</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled&lt;br&gt;%3 missing, %4 not verified in the last %5 months.</source>
        <translation>%1 de %2 funciones cubiertas&lt;br&gt;%3 sin cubrir, %4 no verificadas en los últimos %5 meses.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 covered</source>
        <translation>%1: %2 de %3 cubiertas</translation>
    </message>
    <message>
        <source>No dated report is open.</source>
        <translation>No hay ningún informe con fecha pendiente.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Your copy of the demo</source>
        <translation>Su copia de la demostración</translation>
    </message>
    <message>
        <source>You get your own copy of the demo country, to change as you like. Your changes are recorded under your name. Type the name to show:</source>
        <translation>Recibirá su propia copia del país de demostración, para modificarla como quiera. Sus cambios se registran con su nombre. Escriba el nombre que se mostrará:</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Presenter mode: press F11 to leave it.</source>
        <translation>Modo presentación: pulse F11 para salir.</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Mo&amp;do presentación</translation>
    </message>
    <message>
        <source>High con&amp;trast</source>
        <translation>Alto co&amp;ntraste</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import questionnaire</source>
        <translation>Importar cuestionario</translation>
    </message>
    <message>
        <source>%1: %2 change(s) will be applied; %3 cell(s) are rejected and will not be imported.</source>
        <translation>%1: se aplicarán %2 cambio(s); se rechazan %3 celda(s), que no se importarán.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>Celdas rechazadas</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Aplicar %n cambio</numerusform>
            <numerusform>Aplicar %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cambios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected cells&lt;/b&gt;</source>
        <translation>&lt;b&gt;Celdas rechazadas&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>unknown rating “%1”</source>
        <translation>calificación desconocida “%1”</translation>
    </message>
    <message>
        <source>unknown priority “%1”</source>
        <translation>prioridad desconocida “%1”</translation>
    </message>
    <message>
        <source>the list of conventions is far too long</source>
        <translation>la lista de convenios es demasiado larga</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1” no es una fecha</translation>
    </message>
    <message>
        <source>the date %1 is not a plausible target date (%2 to %3)</source>
        <translation>la fecha %1 no es una fecha prevista plausible (entre %2 y %3)</translation>
    </message>
    <message>
        <source>%1 is not a Synergy Desktop questionnaire (its identification sheet is missing). Export a questionnaire from the app and fill that in; nothing was imported.</source>
        <translation>%1 no es un cuestionario de Synergy Desktop (falta su hoja de identificación). Exporte un cuestionario desde la aplicación y rellénelo; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 cannot be read: its hidden identification sheet is damaged. Ask for a new copy, or export a new questionnaire; nothing was imported.</source>
        <translation>No se puede leer %1: su hoja de identificación oculta está dañada. Pida una copia nueva o exporte un nuevo cuestionario; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is a questionnaire of a format this version does not know; nothing was imported.</source>
        <translation>%1 es un cuestionario en un formato que esta versión no reconoce; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 was made for a different framework version (%2 %3) than this round uses (%4 %5). Export a new questionnaire for this round; nothing was imported.</source>
        <translation>%1 se preparó para una versión del marco (%2 %3) distinta de la que usa esta ronda (%4 %5). Exporte un nuevo cuestionario para esta ronda; no se importó nada.</translation>
    </message>
    <message>
        <source>this sheet holds options but its hidden first cell no longer names an area; the sheet was not read</source>
        <translation>esta hoja contiene opciones, pero su primera celda oculta ya no indica ninguna esfera; no se leyó la hoja</translation>
    </message>
    <message>
        <source>the row of option %1 is missing (deleted, or its id changed); it was not read</source>
        <translation>falta la fila de la opción %1 (se eliminó o se cambió su identificador); no se leyó</translation>
    </message>
    <message>
        <source>%1 appears on more than one row (%2) with different answers; none of them was read</source>
        <translation>%1 aparece en más de una fila (%2) con respuestas distintas; no se leyó ninguna de ellas</translation>
    </message>
    <message>
        <source>the option id was edited (row %1); the row was skipped</source>
        <translation>se modificó el identificador de la opción (fila %1); se omitió la fila</translation>
    </message>
    <message>
        <source>option %1 belongs on the sheet of area %2 (wrong sheet)</source>
        <translation>la opción %1 corresponde a la hoja de la esfera %2 (hoja equivocada)</translation>
    </message>
    <message>
        <source>questionnaire %1</source>
        <translation>cuestionario %1</translation>
    </message>
<message numerus="yes"><source>the sheet of area %1 is missing (deleted, or its hidden first cell changed); its %n option(s) were not read</source><translation><numerusform>falta la hoja de la esfera %1 (se eliminó o se cambió su primera celda oculta); no se leyó su %n opción</numerusform><numerusform>falta la hoja de la esfera %1 (se eliminó o se cambió su primera celda oculta); no se leyeron sus %n opciones</numerusform></translation></message></context>
<context>
    <name>QuestionnaireActions</name>
    <message>
        <source>Export questionnaire</source>
        <translation>Exportar cuestionario</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the questionnaire</source>
        <translation>Exportando el cuestionario</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Questionnaire written to %1</source>
        <translation>Cuestionario guardado en %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2).</source>
        <translation>No se puede escribir el libro en %1 (%2).</translation>
    </message>
    <message>
        <source>Import questionnaire</source>
        <translation>Importar cuestionario</translation>
    </message>
    <message>
        <source>This round is finalised. Start a new round from it to import answers.</source>
        <translation>Esta ronda está finalizada. Inicie una nueva ronda a partir de ella para importar respuestas.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer field(s) updated from %1</source>
        <translation>
            <numerusform>Se actualizó %n campo de respuesta desde %1</numerusform>
            <numerusform>Se actualizaron %n campos de respuesta desde %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>“%1” in the column %2 is not a date (YYYY-MM-DD)</source>
        <translation>“%1” en la columna %2 no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”</source>
        <translation>Instrumento desconocido: “%1”</translation>
    </message>
    <message>
        <source>No instrument given</source>
        <translation>No se indicó ningún instrumento</translation>
    </message>
    <message>
        <source>The country is not Party to %1 (File &gt; Country profile)</source>
        <translation>El país no es Parte en %1 (Archivo &gt; Perfil del país)</translation>
    </message>
    <message>
        <source>%1 has no role “%2”</source>
        <translation>%1 no tiene la función “%2”</translation>
    </message>
    <message>
        <source>%1 already has a holder in the register (%2); use “Change holder”</source>
        <translation>%1 ya tiene un titular en el registro (%2); use “Cambiar de titular”</translation>
    </message>
    <message>
        <source>%1 is given again (first on row %2)</source>
        <translation>%1 se indica de nuevo (primero en la fila %2)</translation>
    </message>
    <message>
        <source>%1 is already in the register as %2</source>
        <translation>%1 ya figura en el registro como %2</translation>
    </message>
    <message>
        <source>The same row appears again (first on row %1)</source>
        <translation>La misma fila aparece de nuevo (primero en la fila %1)</translation>
    </message>
    <message>
        <source>%1 has no header row with “Instrument” and “Role” columns. Add one above the focal points and try again; nothing was imported.</source>
        <translation>%1 no tiene una fila de encabezado con las columnas “Instrument” y “Role” (en inglés). Añádala encima de los puntos focales y vuelva a intentarlo; no se importó nada.</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import focal points</source>
        <translation>Importar puntos focales</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2</source>
        <translation>Hoja “%1” de %2</translation>
    </message>
    <message>
        <source>%1: %2 focal point(s) will be added; %3 row(s) are rejected and will not be imported. Correct them in the file and import it again, or add them by hand afterwards.</source>
        <translation>%1: se añadirán %2 punto(s) focal(es); se rechazan %3 fila(s), que no se importarán. Corríjalas en el archivo y vuelva a importarlo, o añádalas a mano después.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Focal points to add</source>
        <translation>Puntos focales que se añadirán</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>&lt;b&gt;To be added&lt;/b&gt;</source>
        <translation>&lt;b&gt;Se añadirán&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filas rechazadas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv);;Libros de Excel (*.xlsx);;Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
<message numerus="yes"><source>%n focal point(s) added.</source><translation><numerusform>Se añadió %n punto focal.</numerusform><numerusform>Se añadieron %n puntos focales.</numerusform></translation></message><message numerus="yes"><source>Import %n focal point(s)</source><translation><numerusform>Importar %n punto focal</numerusform><numerusform>Importar %n puntos focales</numerusform></translation></message></context>
<context>
    <name>Report</name>
    <message>
        <source>%1 of %2 options answered; score %3.</source>
        <translation>%1 de %2 opciones respondidas; puntuación %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Annex: the framework and its bases</source>
        <translation>Anexo: el marco y sus fundamentos</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>%1, version %2 (content %3)</source>
        <translation>%1, versión %2 (contenido %3)</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>Versión del marco</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Escala de calificación</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>What each option rests on</source>
        <translation>En qué se basa cada opción</translation>
    </message>
    <message>
        <source>Good practice (no decision or resolution text)</source>
        <translation>Buena práctica (sin texto de decisión o resolución)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>Fundamentos</translation>
    </message>
    <message>
        <source>Synergies self-assessment report</source>
        <translation>Informe de autoevaluación de las sinergias</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>Fecha de este informe</translation>
    </message>
    <message>
        <source>Country not set</source>
        <translation>País sin definir</translation>
    </message>
    <message>
        <source>This report was written by Synergy Desktop from the team's answers. Each option is rated from 0 (not started) to 4 (fully in place); the annex explains the scale and lists the texts each option rests on.</source>
        <translation>Este informe lo generó Synergy Desktop a partir de las respuestas del equipo. Cada opción se califica de 0 (no iniciado) a 4 (plenamente en marcha); el anexo explica la escala y enumera los textos en los que se basa cada opción.</translation>
    </message>
    <message>
        <source>Names, e-mail addresses and telephone numbers are left out of this report.</source>
        <translation>En este informe se omiten los nombres, las direcciones de correo electrónico y los números de teléfono.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 of %2 options answered; no option is rated yet.</source>
        <translation>%1 de %2 opciones respondidas; aún no se ha calificado ninguna opción.</translation>
    </message>
    <message>
        <source>%1 of %2 options answered (%3); overall score %4.</source>
        <translation>%1 de %2 opciones respondidas (%3); puntuación global: %4.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completitud</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Completeness and score per area</source>
        <translation>Completitud y puntuación por esfera</translation>
    </message>
    <message>
        <source>Completeness = answered options ÷ all options. Score = mean rating (0-4) of the rated, applicable options ÷ 4.</source>
        <translation>Completitud = opciones respondidas ÷ total de opciones. Puntuación = calificación media (0-4) de las opciones calificadas y aplicables ÷ 4.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — next step by %2</source>
        <translation>%1 — próximo paso a más tardar el %2</translation>
    </message>
    <message>
        <source>Strongest options</source>
        <translation>Opciones más sólidas</translation>
    </message>
    <message>
        <source>No option is rated 3 or 4 yet.</source>
        <translation>Aún no hay ninguna opción calificada con 3 o 4.</translation>
    </message>
    <message>
        <source>Weakest options</source>
        <translation>Opciones más débiles</translation>
    </message>
    <message>
        <source>No option is rated 0 or 1.</source>
        <translation>No hay ninguna opción calificada con 0 o 1.</translation>
    </message>
    <message>
        <source>Top priorities</source>
        <translation>Prioridades principales</translation>
    </message>
    <message>
        <source>No option is marked as a high priority yet.</source>
        <translation>Aún no se ha marcado ninguna opción como prioridad alta.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>sin fecha fija</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>No next steps are recorded in this round yet.</source>
        <translation>Aún no se han registrado próximos pasos en esta ronda.</translation>
    </message>
    <message>
        <source>Every next step recorded in this round, soonest first; steps without a target date come last.</source>
        <translation>Todos los próximos pasos registrados en esta ronda, empezando por los más cercanos; los pasos sin fecha prevista figuran al final.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>cubierta</translation>
    </message>
    <message>
        <source>not verified recently</source>
        <translation>no verificado recientemente</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacante</translation>
    </message>
    <message>
        <source>Focal-point coverage</source>
        <translation>Cobertura de los puntos focales</translation>
    </message>
    <message>
        <source>No focal-point roles apply.</source>
        <translation>No se aplica ninguna función de punto focal.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled; %3 vacant; %4 not verified in the last %5 months.</source>
        <translation>%1 de %2 funciones cubiertas; %3 vacantes; %4 no verificadas en los últimos %5 meses.</translation>
    </message>
    <message>
        <source>Vacant roles</source>
        <translation>Funciones vacantes</translation>
    </message>
    <message>
        <source>Every role has a holder.</source>
        <translation>Todas las funciones tienen un titular.</translation>
    </message>
    <message>
        <source>Roles not verified recently</source>
        <translation>Funciones no verificadas recientemente</translation>
    </message>
    <message>
        <source>Every holder was verified recently.</source>
        <translation>Todos los titulares se han verificado recientemente.</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todas las funciones</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Holder(s)</source>
        <translation>Titular(es)</translation>
    </message>
    <message>
        <source>NBSAP alignment: gaps both ways</source>
        <translation>Alineación con la EPANB: lagunas en ambos sentidos</translation>
    </message>
    <message>
        <source>No national target is recorded in this workspace yet.</source>
        <translation>Aún no se ha registrado ninguna meta nacional en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Which targets of the global frameworks no national target serves yet, and which national targets serve none of them.</source>
        <translation>Qué metas de los marcos mundiales aún no cubre ninguna meta nacional y qué metas nacionales no contribuyen a ninguna de ellas.</translation>
    </message>
    <message>
        <source>Targets covered by at least one national target</source>
        <translation>Metas cubiertas por al menos una meta nacional</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Cubierta</translation>
    </message>
    <message>
        <source>%1 of %2 targets covered.</source>
        <translation>%1 de %2 metas cubiertas.</translation>
    </message>
    <message>
        <source>Target not covered</source>
        <translation>Meta no cubierta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>National targets that serve no global target</source>
        <translation>Metas nacionales que no contribuyen a ninguna meta mundial</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Meta nacional</translation>
    </message>
    <message>
        <source>Every national target serves at least one.</source>
        <translation>Todas las metas nacionales contribuyen al menos a una.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>en preparación</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>presentado</translation>
    </message>
    <message>
        <source>Reporting calendar: the next 24 months</source>
        <translation>Calendario de informes: los próximos 24 meses</translation>
    </message>
    <message>
        <source>overdue, %1</source>
        <translation>vencido, %1</translation>
    </message>
    <message>
        <source>No open report is due until %1.</source>
        <translation>No vence ningún informe pendiente hasta el %1.</translation>
    </message>
    <message>
        <source>Open reports due until %1, overdue ones first.</source>
        <translation>Informes pendientes que vencen hasta el %1, empezando por los vencidos.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <extracomment>Characters XML 1.0 cannot hold (a pasted control character must not break the file).</extracomment>
        <translation>Escribiendo el documento…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Guardando el documento…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Give a file name ending in .docx or .pdf (not %1).</source>
        <extracomment>Territories whose paper is US Letter (CLDR supplemental data "paperSize"); A4 elsewhere.</extracomment>
        <translation>Indique un nombre de archivo terminado en .docx o .pdf (no %1).</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Dibujando los gráficos…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the report.</source>
        <translation>La carpeta %1 no existe. Créela o elija otro lugar para el informe.</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Maquetando las páginas…</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Escribiendo la página %1 de %2…</translation>
    </message>
<message numerus="yes"><source>%n participant(s); names are left out of this report</source><translation><numerusform>%n participante; nombres omitidos en este informe</numerusform><numerusform>%n participantes; nombres omitidos en este informe</numerusform></translation></message></context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF document (*.pdf)</source>
        <translation>Documento de Word (*.docx);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Escribiendo el informe</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>No se puede escribir el informe en %1 (%2). Ciérrelo si está abierto en otro programa o elija otro lugar.</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>Exportar in&amp;forme…</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>The submission date cannot be in the future.</source>
        <translation>La fecha de presentación no puede ser futura.</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>El conjunto de datos debe tener un nombre.</translation>
    </message>
    <message>
        <source>Unknown instrument “%1”.</source>
        <translation>Instrumento desconocido: “%1”.</translation>
    </message>
    <message>
        <source>A report needs a title.</source>
        <translation>El informe debe tener un título.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 240 months.</source>
        <translation>El intervalo debe estar entre 1 y 240 meses.</translation>
    </message>
    <message>
        <source>There is no reporting obligation with id %1.</source>
        <translation>No hay ninguna obligación de presentación de informes con el identificador %1.</translation>
    </message>
    <message>
        <source>There is no dataset with id %1.</source>
        <translation>No hay ningún conjunto de datos con el identificador %1.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>en preparación</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>presentado</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>sin fecha fija</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>presentado el %1</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation><numerusform>%n día de retraso</numerusform><numerusform>%n días de retraso</numerusform></translation></message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation><numerusform>queda %n día</numerusform><numerusform>quedan %n días</numerusform></translation></message>
</context>
<context>
    <name>ReportingView</name>
    <message>
        <source>In &amp;preparation</source>
        <translation>En &amp;preparación</translation>
    </message>
    <message>
        <source>&amp;Submitted…</source>
        <translation>Prese&amp;ntado…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;ñadir…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Add dataset…</source>
        <translation>Añadir conjunto de datos…</translation>
    </message>
    <message>
        <source>Edit dataset…</source>
        <translation>Editar conjunto de datos…</translation>
    </message>
    <message>
        <source>Delete dataset…</source>
        <translation>Eliminar conjunto de datos…</translation>
    </message>
    <message>
        <source>Only datasets that feed &amp;two or more reports</source>
        <translation>&amp;Solo los conjuntos de datos que alimentan dos o más informes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reporting obligations&lt;/b&gt; (overdue in red)</source>
        <translation>&lt;b&gt;Obligaciones de presentación de informes&lt;/b&gt; (vencidas en rojo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datasets&lt;/b&gt;: report once, use many times (bold: feeds two or more reports)</source>
        <translation>&lt;b&gt;Conjuntos de datos&lt;/b&gt;: se recopilan una vez y se usan muchas veces (en negrita: alimentan dos o más informes)</translation>
    </message>
    <message>
        <source>Reporting obligations</source>
        <translation>Obligaciones de presentación de informes</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>Deadlines in the next 36 months</source>
        <translation>Plazos en los próximos 36 meses</translation>
    </message>
    <message>
        <source>The reporting calendar is empty</source>
        <translation>El calendario de informes está vacío</translation>
    </message>
    <message>
        <source>List the reports the country owes each treaty it is Party to, with their due dates and the focal point responsible; the calendar then shows what is due next, what is late, and the datasets several reports share.</source>
        <translation>Enumere los informes que el país debe presentar a cada tratado en el que es Parte, con sus fechas límite y el punto focal responsable; el calendario mostrará entonces lo que vence a continuación, lo que está atrasado y los conjuntos de datos que comparten varios informes.</translation>
    </message>
    <message>
        <source>Add a reporting obligation…</source>
        <translation>Añadir una obligación de presentación de informes…</translation>
    </message>
    <message>
        <source>%1 obligations, %2 overdue, %3 submitted. %4 of %5 datasets feed two or more reports. The diamonds show the deadlines of the next 36 months (red: overdue, amber: in preparation, grey: not started); the blue line is today.</source>
        <translation>%1 obligaciones, %2 vencidas, %3 presentadas. %4 de %5 conjuntos de datos alimentan dos o más informes. Los rombos indican los plazos de los próximos 36 meses (rojo: vencido; ámbar: en preparación; gris: no iniciado); la línea azul marca el día de hoy.</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Calendario de informes</translation>
    </message>
    <message>
        <source>Add a reporting obligation</source>
        <translation>Añadir una obligación de presentación de informes</translation>
    </message>
    <message>
        <source>Edit reporting obligation</source>
        <translation>Editar obligación de presentación de informes</translation>
    </message>
    <message>
        <source>Report submitted</source>
        <translation>Informe presentado</translation>
    </message>
    <message>
        <source>Date on which “%1” was submitted (YYYY-MM-DD):</source>
        <translation>Fecha en que se presentó “%1” (AAAA-MM-DD):</translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYY-MM-DD; the status was not changed.</source>
        <translation>“%1” no es una fecha con el formato AAAA-MM-DD; el estado no se cambió.</translation>
    </message>
    <message>
        <source>Delete obligation</source>
        <translation>Eliminar obligación</translation>
    </message>
    <message>
        <source>Delete “%1 %2” from the calendar?</source>
        <translation>¿Eliminar “%1 %2” del calendario?</translation>
    </message>
    <message>
        <source>Add a dataset</source>
        <translation>Añadir un conjunto de datos</translation>
    </message>
    <message>
        <source>Edit dataset</source>
        <translation>Editar conjunto de datos</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Eliminar conjunto de datos</translation>
    </message>
    <message>
        <source>Delete the dataset “%1”?</source>
        <translation>¿Eliminar el conjunto de datos “%1”?</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>New round</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <source>Rename round</source>
        <translation>Cambiar el nombre de la ronda</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nuevo título:</translation>
    </message>
    <message>
        <source>Round details</source>
        <translation>Detalles de la ronda</translation>
    </message>
    <message>
        <source>Finalise the round “%1”? Its answers become read-only; you can still export them and start a new round from it.

%2 of %3 options are answered.</source>
        <translation>¿Finalizar la ronda “%1”? Sus respuestas pasarán a ser de solo lectura; podrá seguir exportándolas e iniciar una nueva ronda a partir de ella.

%2 de %3 opciones están respondidas.</translation>
    </message>
    <message>
        <source>Finalise round</source>
        <translation>Finalizar ronda</translation>
    </message>
    <message>
        <source>New round from this one</source>
        <translation>Nueva ronda a partir de esta</translation>
    </message>
    <message>
        <source>Delete the round “%1” and its %2 answers? This cannot be undone. The change history of the round is kept in the workspace.</source>
        <translation>¿Eliminar la ronda “%1” y sus %2 respuestas? Esta acción no se puede deshacer. El historial de cambios de la ronda se conserva en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Eliminar ronda</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Self-assessment %1</source>
        <translation>Autoevaluación %1</translation>
    </message>
    <message>
        <source>Title of the round</source>
        <translation>Título de la ronda</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>The screenshot %1 cannot be written.</source>
        <translation>No se puede escribir la captura de pantalla %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Give a folder for the PNG files.</source>
        <translation>%1 es un archivo, no una carpeta. Indique una carpeta para los archivos PNG.</translation>
    </message>
    <message>
        <source>The screenshots cannot be written to the folder %1 (%2). Choose another folder.</source>
        <translation>No se pueden escribir las capturas de pantalla en la carpeta %1 (%2). Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>change %1 of %2</source>
        <translation>cambio de %1 en %2</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Could not save — %1</source>
        <translation>No se pudo guardar — %1</translation>
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
        <translation>Trabaje con las opciones nacionales para las sinergias entre los convenios relacionados con la diversidad biológica (decisión XIII/24 del CDB): puntos focales, EPANB, presentación de informes nacionales y más. Todo permanece en este equipo, en un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Crear un espacio de trabajo nuevo…</translation>
    </message>
    <message>
        <source>One file for your country: its name, the treaties it is Party to, and the first round of the self-assessment.</source>
        <translation>Un archivo para su país: su nombre, los tratados en los que es Parte y la primera ronda de la autoevaluación.</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Abrir un espacio de trabajo…</translation>
    </message>
    <message>
        <source>A workspace file made on this computer or received from a colleague.</source>
        <translation>Un archivo de espacio de trabajo creado en este equipo o recibido de un colega.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>A fictional country with a partly answered round, for training and trying things out</source>
        <translation>Un país ficticio con una ronda respondida en parte, para capacitación y pruebas</translation>
    </message>
    <message>
        <source>No workspace has been opened on this computer yet. Start with your own country, or look around the demo first: nothing you do there touches your work.</source>
        <translation>Todavía no se ha abierto ningún espacio de trabajo en este equipo. Empiece con su propio país o explore primero la demostración: nada de lo que haga allí afecta a su trabajo.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces (press Enter to open):</source>
        <translation>Espacios de trabajo &amp;recientes (pulse Intro para abrir):</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the workspace file is read-only (for example on a write-protected USB stick or a CD).</source>
        <translation>el archivo del espacio de trabajo es de solo lectura (por ejemplo, en una memoria USB protegida contra escritura o en un CD).</translation>
    </message>
    <message>
        <source>your database role may only read this workspace; ask the administrator for write access.</source>
        <translation>su rol de base de datos solo permite leer este espacio de trabajo; pida acceso de escritura al administrador.</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written.</source>
        <translation>el disco está lleno o no se puede escribir en él.</translation>
    </message>
    <message>
        <source>the workspace file is no longer available (moved, deleted or on a drive that was removed).</source>
        <translation>el archivo del espacio de trabajo ya no está disponible (se movió, se eliminó o está en una unidad que se desconectó).</translation>
    </message>
    <message>
        <source>another program is using the workspace file; close it there.</source>
        <translation>otro programa está usando el archivo del espacio de trabajo; ciérrelo en ese programa.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 holds no assessment yet. Create a round first.</source>
        <translation>%1 aún no contiene ninguna evaluación. Cree primero una ronda.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>NBSAP &amp;version:</source>
        <translation>&amp;Versión de la EPANB:</translation>
    </message>
    <message>
        <source>&amp;Lead institution:</source>
        <translation>Institución &amp;rectora:</translation>
    </message>
</context>
<context>
    <name>TargetImport</name>
    <message>
        <source>the code %1 is already used by a national target in this workspace</source>
        <translation>el código %1 ya lo usa una meta nacional de este espacio de trabajo</translation>
    </message>
    <message>
        <source>the code %1 appears again (first on row %2)</source>
        <translation>el código %1 aparece de nuevo (primero en la fila %2)</translation>
    </message>
    <message>
        <source>The first sheet of %1 has no header row with “Code” and “Title”. Add one above the targets and try again; nothing was imported.</source>
        <translation>La primera hoja de %1 no tiene una fila de encabezado con “Code” y “Title” (en inglés). Añádala encima de las metas y vuelva a intentarlo; no se importó nada.</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Meta nacional</translation>
    </message>
    <message>
        <source>NBSAP version</source>
        <translation>Versión de la EPANB</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institución rectora</translation>
    </message>
    <message>
        <source>Reference targets served</source>
        <translation>Metas de referencia a las que contribuye</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 cannot be read: %2 Nothing was imported.</source>
        <translation>No se puede leer %1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>it is not a text (CSV) file.</source>
        <translation>no es un archivo de texto (CSV).</translation>
    </message>
    <message>
        <source>its characters are in an encoding the application does not read. Save it as “CSV UTF-8” and try again.</source>
        <translation>sus caracteres están en una codificación que la aplicación no puede leer. Guárdelo como “CSV UTF-8” y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1).</source>
        <translation>no se puede abrir el archivo (%1).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>line %1 is not valid CSV.</source>
        <translation>la línea %1 no tiene un formato CSV válido.</translation>
    </message>
    <message>
        <source>it has more than %1 rows. Remove the rows that do not belong to the import.</source>
        <translation>tiene más de %1 filas. Elimine las filas que no forman parte de la importación.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>el archivo supera los %1 MB.</translation>
    </message>
    <message>
        <source>it is password-protected or in the old .xls format. Remove the password, or save it as an Excel workbook (.xlsx), and try again.</source>
        <translation>está protegido con contraseña o tiene el antiguo formato .xls. Quite la contraseña o guárdelo como libro de Excel (.xlsx) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (for example an incomplete download or copy). Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <extracomment>Kinds of cell value an importer may take: number, text, date (openpyxl's data types).</extracomment>
        <translation>el archivo está dañado o truncado (por ejemplo, por una descarga o una copia incompleta). Pida una copia nueva, o ábralo en Excel, vuelva a guardarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx).</source>
        <translation>no es un libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>it holds far more parts than a workbook does.</source>
        <translation>contiene muchas más partes de las que tiene un libro de Excel.</translation>
    </message>
    <message>
        <source>it would unpack to an unreasonable size (a damaged or hostile file).</source>
        <translation>se descomprimiría en un tamaño desproporcionado (archivo dañado o malicioso).</translation>
    </message>
    <message>
        <source>it is a zip archive, not an Excel workbook.</source>
        <translation>es un archivo zip, no un libro de Excel.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the workbook is damaged (%2). Nothing was imported. Ask for a new copy, or open it in Excel, save it again and retry.</source>
        <translation>No se puede leer %1: el libro está dañado (%2). No se importó nada. Pida una copia nueva, o ábralo en Excel, vuelva a guardarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>a part of it cannot be read</source>
        <translation>no se puede leer una parte del archivo</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing or listed twice</source>
        <translation>falta la hoja “%1” o figura dos veces</translation>
    </message>
    <message>
        <source>a formula is not read; type the value instead</source>
        <translation>las fórmulas no se leen; escriba el valor en su lugar</translation>
    </message>
    <message>
        <source>the cell shows an error (%1); type the value instead</source>
        <translation>la celda muestra un error (%1); escriba el valor en su lugar</translation>
    </message>
    <message>
        <source>TRUE or FALSE is not a value this cell takes</source>
        <translation>VERDADERO o FALSO no es un valor admitido en esta celda</translation>
    </message>
    <message>
        <source>the cell has a type this application does not know (“%1”)</source>
        <translation>la celda tiene un tipo que esta aplicación no reconoce (“%1”)</translation>
    </message>
    <message>
        <source>the text holds an invisible control character (%1); remove it</source>
        <translation>el texto contiene un carácter de control invisible (%1); elimínelo</translation>
    </message>
    <message>
        <source>%1 cannot be read: the sheet “%2” is damaged near row %3. Ask for a new copy, or open it in Excel, save it again and retry. Nothing was imported.</source>
        <translation>No se puede leer %1: la hoja “%2” está dañada cerca de la fila %3. Pida una copia nueva, o ábralo en Excel, vuelva a guardarlo e inténtelo de nuevo. No se importó nada.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated.</source>
        <translation>el archivo está dañado o truncado.</translation>
    </message>
    <message>
        <source>The sheet “%1” has more than %2 rows; nothing was imported. Remove the rows that do not belong to the import.</source>
        <translation>La hoja “%1” tiene más de %2 filas; no se importó nada. Elimine las filas que no forman parte de la importación.</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>&amp;Open a fresh copy of the demo for me…</source>
        <translation>&amp;Abrir una copia nueva de la demostración para mí…</translation>
    </message>
    <message>
        <source>&amp;Reset my demo…</source>
        <translation>&amp;Restablecer mi demostración…</translation>
    </message>
    <message>
        <source>&amp;Facilitator's guide</source>
        <translation>Guía del &amp;facilitador</translation>
    </message>
    <message>
        <source>Your copy of the demo</source>
        <translation>Su copia de la demostración</translation>
    </message>
    <message>
        <source>%1 already has a copy of the demo. Start it afresh? Every change made in it is lost. (No opens it as it was left.)</source>
        <translation>%1 ya tiene una copia de la demostración. ¿Empezarla de nuevo? Se perderán todos los cambios hechos en ella. (No la abre tal como quedó.)</translation>
    </message>
    <message>
        <source>Reset my demo</source>
        <translation>Restablecer mi demostración</translation>
    </message>
    <message>
        <source>No demo copy is open. Open yours first with Help &gt; Workshop &gt; Open a fresh copy of the demo for me.</source>
        <translation>No hay ninguna copia de la demostración abierta. Abra primero la suya con Ayuda &gt; Taller &gt; Abrir una copia nueva de la demostración para mí.</translation>
    </message>
    <message>
        <source>Start %1 afresh? Every change made in it is lost.</source>
        <translation>¿Empezar %1 de nuevo? Se perderán todos los cambios hechos en ella.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no workspace at %1. Check the path, or create a new workspace.</source>
        <extracomment>The newest schema revision. Kept here so that opening an up-to-date workspace does not load Alembic at all; a test checks that it matches the migration scripts.</extracomment>
        <translation>No hay ningún espacio de trabajo en %1. Compruebe la ruta o cree un espacio de trabajo nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a workspace: %2 The file has not been changed.</source>
        <translation>No se puede abrir %1 como espacio de trabajo: %2 El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check that the file is available and that you may read it.</source>
        <translation>No se puede leer %1 (%2). Compruebe que el archivo esté disponible y que tenga permiso para leerlo.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>it is not a Synergy Desktop workspace (not an SQLite database).</source>
        <translation>no es un espacio de trabajo de Synergy Desktop (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>the database cannot be opened.</source>
        <translation>no se puede abrir la base de datos.</translation>
    </message>
    <message>
        <source>the database is damaged. Restore it from a backup copy.</source>
        <translation>la base de datos está dañada. Restáurela a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Synergy Desktop workspace.</source>
        <translation>es una base de datos SQLite, pero no un espacio de trabajo de Synergy Desktop.</translation>
    </message>
    <message>
        <source>%1 cannot be opened because its folder does not allow writing (the workspace keeps a journal next to the file). Copy it to a folder where you may write and open the copy.</source>
        <translation>No se puede abrir %1 porque su carpeta no permite la escritura (el espacio de trabajo mantiene un archivo de diario junto al archivo). Cópielo en una carpeta en la que tenga permiso de escritura y abra la copia.</translation>
    </message>
    <message>
        <source>the database is damaged or truncated. Restore it from a backup copy.</source>
        <translation>la base de datos está dañada o truncada. Restáurela a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created (%2). Choose another location.</source>
        <translation>No se puede crear la carpeta %1 (%2). Elija otra ubicación.</translation>
    </message>
    <message>
        <source>A new workspace cannot be created at %1 (%2). Choose another location.</source>
        <translation>No se puede crear un espacio de trabajo nuevo en %1 (%2). Elija otra ubicación.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but no backup copy could be made first (%2). Nothing was changed. Copy the workspace to a folder where you may write, then open it again.</source>
        <translation>%1 necesita una actualización, pero antes no se pudo hacer una copia de seguridad (%2). No se cambió nada. Copie el espacio de trabajo en una carpeta en la que tenga permiso de escritura y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was; a backup copy is at %3.</source>
        <translation>La actualización de %1 falló (%2). El espacio de trabajo se dejó como estaba; hay una copia de seguridad en %3.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Synergy Desktop (schema %2). Install the newer version to open it; the file has not been changed.</source>
        <translation>%1 se guardó con una versión más reciente de Synergy Desktop (esquema %2). Instale la versión más reciente para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed (%2). The workspace was left as it was.</source>
        <translation>La actualización de %1 falló (%2). El espacio de trabajo se dejó como estaba.</translation>
    </message>
    <message>
        <source>%1 is not a database address. Write it as postgresql://user@server/database.</source>
        <extracomment>The one driver supported: psycopg 3 (``postgresql://`` is read as ``postgresql+psycopg://``).</extracomment>
        <translation>%1 no es una dirección de base de datos. Escríbala como postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>%1 uses a database driver this application does not support. Write the address as postgresql://user@server/database.</source>
        <translation>%1 usa un controlador de base de datos que esta aplicación no admite. Escriba la dirección como postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>Opening a PostgreSQL workspace needs the PostgreSQL driver, which is not installed: install it with pip install "synergy-desktop[postgres]".</source>
        <translation>Para abrir un espacio de trabajo de PostgreSQL se necesita el controlador de PostgreSQL, que no está instalado: instálelo con pip install "synergy-desktop[postgres]".</translation>
    </message>
    <message>
        <source>The database %1 asks for a password and none was given. Put it in your .pgpass file, then open the workspace again.</source>
        <translation>La base de datos %1 solicita una contraseña y no se indicó ninguna. Inclúyala en su archivo .pgpass y vuelva a abrir el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password for %1. Check them and try again.</source>
        <translation>El servidor no aceptó el nombre de usuario o la contraseña para %1. Compruébelos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on its server (%2). Check the name, or ask the administrator to create it.</source>
        <translation>La base de datos %1 no existe en su servidor (%2). Compruebe el nombre o pida al administrador que la cree.</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached (%2). Check the address and the network, and that the server is running.</source>
        <translation>No se puede conectar con el servidor de %1 (%2). Compruebe la dirección y la red, y que el servidor esté en funcionamiento.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2).</source>
        <translation>No se puede abrir la base de datos %1 (%2).</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program; it is not a Synergy Desktop workspace. Nothing was changed. Use an empty database for a new workspace.</source>
        <translation>La base de datos %1 contiene tablas de otro programa; no es un espacio de trabajo de Synergy Desktop. No se cambió nada. Use una base de datos vacía para un espacio de trabajo nuevo.</translation>
    </message>
    <message>
        <source>%1 must first be set up or upgraded for this version, and your database role may not do that. Ask the administrator to open it once with the role that owns the workspace. Nothing was changed.</source>
        <translation>%1 debe configurarse o actualizarse primero para esta versión, y su rol de base de datos no tiene permiso para hacerlo. Pida al administrador que lo abra una vez con el rol propietario del espacio de trabajo. No se cambió nada.</translation>
    </message>
    <message>
        <source>the upgrade would break links between records.</source>
        <translation>la actualización rompería los vínculos entre los registros de la base de datos.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Check the path.</source>
        <translation>No hay ningún espacio de trabajo en %1. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). The file has not been changed.</source>
        <translation>No se puede leer %1 (%2). El archivo no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Synergy workspaces (*.synergy);;All files (*)</source>
        <translation>Espacios de trabajo de Synergy (*.synergy);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>%1 ya existe. Elija otro nombre o ábralo con Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <source>The workspace %1 was created without a country. Fill in the country and the treaties it is Party to with File &gt; Country profile…; each page says what to do next.</source>
        <translation>El espacio de trabajo %1 se creó sin país. Indique el país y los tratados en los que es Parte en Archivo &gt; Perfil del país…; cada página indica qué hacer a continuación.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Contraseña del servidor del equipo</translation>
    </message>
    <message>
        <source>%1

Password:</source>
        <translation>%1

Contraseña:</translation>
    </message>
    <message>
        <source>Opening was cancelled; nothing was changed.</source>
        <translation>Se canceló la apertura; no se cambió nada.</translation>
    </message>
    <message>
        <source>Open team server workspace</source>
        <translation>Abrir espacio de trabajo del servidor del equipo</translation>
    </message>
    <message>
        <source>Address of the workspace on the team server, for example
postgresql+psycopg://amina@server.ministry.example/biodiversity
(leave the password out: it is asked for, or taken from your .pgpass file)</source>
        <translation>Dirección del espacio de trabajo en el servidor del equipo, por ejemplo
postgresql+psycopg://amina@server.ministry.example/biodiversity
(no incluya la contraseña: se le pedirá o se tomará de su archivo .pgpass)</translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version; a copy of the old file is at %1</source>
        <translation>El espacio de trabajo se actualizó a esta versión; hay una copia del archivo antiguo en %1</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>The demo workspace already exists. Open it as it was left, or start it afresh (every change made to the demo is lost)?</source>
        <translation>El espacio de trabajo de demostración ya existe. ¿Desea abrirlo tal como quedó o empezarlo de nuevo (se perderán todos los cambios hechos en la demostración)?</translation>
    </message>
    <message>
        <source>Open as it was</source>
        <translation>Abrir tal como quedó</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>(no recent workspaces)</source>
        <translation>(no hay espacios de trabajo recientes)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Some changes could not be saved. If you close the workspace now, they are lost. Save the workspace under another name first?</source>
        <translation>Algunos cambios no se pudieron guardar. Si cierra ahora el espacio de trabajo, se perderán. ¿Desea guardar antes el espacio de trabajo con otro nombre?</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Guardar el espacio de trabajo como</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Perfil del país</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Your last changes could not be written to the workspace: %1

They are still on screen. Synergy Desktop tries again every few seconds; you can also save the workspace under another name, for example on another drive.</source>
        <translation>Sus últimos cambios no se pudieron escribir en el espacio de trabajo: %1

Siguen en pantalla. Synergy Desktop vuelve a intentarlo cada pocos segundos; también puede guardar el espacio de trabajo con otro nombre, por ejemplo, en otra unidad.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation>Guardar el espacio de trabajo como…</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportar resumen</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the summary</source>
        <translation>Exportando el resumen</translation>
    </message>
    <message>
        <source>The workbook cannot be written to %1 (%2). Close it if it is open in another program, or choose another place.</source>
        <translation>No se puede escribir el libro en %1 (%2). Ciérrelo si está abierto en otro programa o elija otro lugar.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>Resumen guardado en %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <source>Overview</source>
        <extracomment>What each page shows besides its own edits, and how it catches up.</extracomment>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>NBSAP alignment</source>
        <translation>Alineación con la EPANB</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Calendario de informes</translation>
    </message>
</context>
</TS>