<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Roomdesk::AboutDialog</name>
    <message>
        <source>About Roomdesk</source>
        <translation>Acerca de Roomdesk</translation>
    </message>
    <message>
        <source>Runs your institution&apos;s Zoom account: shared rooms, event forms that become meetings and webinars, group links, a room calendar and attendance reports.</source>
        <translation>Gestiona la cuenta Zoom de su institución: salas compartidas, formularios de eventos que se convierten en reuniones y seminarios web, enlaces por grupo, un calendario de salas e informes de asistencia.</translation>
    </message>
    <message>
        <source>Qt %1, database schema %2</source>
        <translation>Qt %1, esquema de base de datos %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
</context>
<context>
    <name>Roomdesk::AddRoomDialog</name>
    <message>
        <source>Add a room</source>
        <translation>Añadir una sala</translation>
    </message>
    <message>
        <source>A room is a licensed Zoom user whose account organizers share. New rooms start inactive unless you activate them here.</source>
        <translation>Una sala es un usuario de Zoom con licencia cuya cuenta comparten los organizadores. Las salas nuevas empiezan inactivas salvo que las active aquí.</translation>
    </message>
    <message>
        <source>aula1@university.example</source>
        <translation>aula1@universidad.example</translation>
    </message>
    <message>
        <source>Aula 1</source>
        <translation>Aula 1</translation>
    </message>
    <message>
        <source>Host e-mail:</source>
        <translation>Correo del anfitrión:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Active: takes requests now</source>
        <translation>Activa: acepta solicitudes ya</translation>
    </message>
    <message>
        <source>Assigned automatically (otherwise only by an administrator)</source>
        <translation>Asignación automática (si no, solo la asigna un administrador)</translation>
    </message>
    <message>
        <source>The host has a webinar licence</source>
        <translation>El anfitrión tiene licencia de webinar</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Añadir sala</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Allocator</name>
    <message>
        <source>A request needs a title.</source>
        <translation>Una solicitud necesita un título.</translation>
    </message>
    <message>
        <source>A title has at most %1 characters; this one has %2.</source>
        <translation>Un título tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>A request needs a start date and time.</source>
        <translation>Una solicitud necesita fecha y hora de inicio.</translation>
    </message>
    <message>
        <source>The duration must be from 1 minute to 23 h 59 min (%1 minutes), not %2.</source>
        <translation>La duración debe ser de 1 minuto a 23 h 59 min (%1 minutos), no %2.</translation>
    </message>
    <message>
        <source>No active, automatically assigned room has a webinar licence. Contact the administrators for a room.</source>
        <translation>Ninguna sala activa y de asignación automática tiene licencia de webinar. Contacte con los administradores para obtener una sala.</translation>
    </message>
    <message>
        <source>No room is active and assigned automatically. Contact the administrators for a room.</source>
        <translation>No hay ninguna sala activa y de asignación automática. Contacte con los administradores para obtener una sala.</translation>
    </message>
    <message numerus="yes">
        <source>All %n suitable room(s) are booked at that time, buffers included. The request waits and gets a room as soon as one is free; contact the administrators for a room sooner.</source>
        <translation>
            <numerusform>La única sala adecuada (%n) está reservada a esa hora, márgenes incluidos. La solicitud queda en espera y obtendrá una sala en cuanto haya una libre; contacte con los administradores para tenerla antes.</numerusform>
            <numerusform>Las %n salas adecuadas están reservadas a esa hora, márgenes incluidos. La solicitud queda en espera y obtendrá una sala en cuanto haya una libre; contacte con los administradores para tenerla antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 is cancelled already.</source>
        <translation>La solicitud %1 ya está cancelada.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>No existe la solicitud %1.</translation>
    </message>
    <message>
        <source>Request %1 is cancelled; it cannot get a room.</source>
        <translation>La solicitud %1 está cancelada; no puede obtener una sala.</translation>
    </message>
    <message>
        <source>%1 has no webinar licence; request %2 is a webinar.</source>
        <translation>%1 no tiene licencia de webinar; la solicitud %2 es un webinar.</translation>
    </message>
    <message>
        <source>%1 is booked at that time, buffers included, by request(s) %2; a room is never double-booked. Cancel or move them first, or choose another room.</source>
        <translation>%1 está reservada a esa hora, márgenes incluidos, por la(s) solicitud(es) %2; una sala nunca se reserva dos veces. Cancélelas o muévalas primero, o elija otra sala.</translation>
    </message>
    <message>
        <source>An organizer&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>El nombre de un organizador tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>Request %1 is cancelled; it cannot change.</source>
        <translation>La solicitud %1 está cancelada; no puede cambiar.</translation>
    </message>
    <message>
        <source>Request %1 cannot change between meeting and webinar.</source>
        <translation>La solicitud %1 no puede pasar de reunión a seminario web ni al revés.</translation>
    </message>
    <message>
        <source>Request %1 is the room of event %2, which already has its Zoom meeting under that room&apos;s host. Cancel the event and create it again in another room.</source>
        <translation>La solicitud %1 es la sala del evento %2, que ya tiene su reunión de Zoom con el anfitrión de esa sala. Cancele el evento y vuelva a crearlo en otra sala.</translation>
    </message>
    <message>
        <source>Request %1 is the room of event %2; cancel the event instead, so that its Zoom meeting goes too.</source>
        <translation>La solicitud %1 es la sala del evento %2; cancele el evento, para que también se elimine su reunión de Zoom.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ArgumentParser</name>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>The option %1 does not take a value.</source>
        <translation>La opción %1 no admite un valor.</translation>
    </message>
    <message>
        <source>The option %1 needs a value (%2).</source>
        <translation>La opción %1 necesita un valor (%2).</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number from %2 to %3.</source>
        <translation>La opción --%1 necesita un número entero de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::AttendanceChart</name>
    <message>
        <source>Attendance over time</source>
        <translation>Asistencia a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <comment>time zone&apos;s city</comment>
        <translation>Hora (%1)</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personas presentes</translation>
    </message>
</context>
<context>
    <name>Roomdesk::AttendeeTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>date and time (time zone)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Present in %n separate stretch(es): left and came back.</source>
        <translation>
            <numerusform>Presente en %n tramo separado: salió y volvió.</numerusform>
            <numerusform>Presente en %n tramos separados: salió y volvió.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>First join</source>
        <translation>Primera entrada</translation>
    </message>
    <message>
        <source>Last leave</source>
        <translation>Última salida</translation>
    </message>
    <message>
        <source>Segments</source>
        <comment>separate stretches of presence</comment>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Attended time</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>Roomdesk::BookingDialog</name>
    <message>
        <source>Cancel the request</source>
        <translation>Cancelar la solicitud</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Booking: %1</source>
        <translation>Reserva: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Why it waits: %1</source>
        <translation>Por qué espera: %1</translation>
    </message>
    <message>
        <source>Assign a &amp;room…</source>
        <translation>Asignar una &amp;sala…</translation>
    </message>
    <message>
        <source>Move to another &amp;room…</source>
        <translation>Mover a otra &amp;sala…</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>no webinar licence</source>
        <translation>sin licencia de webinar</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>¿Cancelar «%1»?</translation>
    </message>
    <message>
        <source>Its room is freed at once and the requests waiting for a room are tried again. This cannot be undone.</source>
        <translation>Su sala queda libre de inmediato y se reintentan las solicitudes que esperan sala. No se puede deshacer.</translation>
    </message>
    <message>
        <source>It stops waiting for a room. This cannot be undone.</source>
        <translation>Deja de esperar una sala. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>There is no other room to choose.</source>
        <translation>No hay otra sala que elegir.</translation>
    </message>
    <message>
        <source>Assigning the room…</source>
        <translation>Asignando la sala…</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Asignada a %1.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Organizer:</source>
        <translation>Organizador:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Sala:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Su hora:</translation>
    </message>
    <message>
        <source>Room blocked:</source>
        <translation>Sala reservada:</translation>
    </message>
    <message>
        <source>Admission:</source>
        <translation>Admisión:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>&amp;Cancelar solicitud…</translation>
    </message>
</context>
<context>
    <name>Roomdesk::BookingTexts</name>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Has a room</source>
        <translation>Tiene sala</translation>
    </message>
    <message>
        <source>Waiting for a room</source>
        <translation>Esperando sala</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <source>Automatic admission</source>
        <translation>Admisión automática</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <extracomment>A time interval and its time zone, e.g. &quot;Tuesday, 24 November 2026, 10:00 – 11:30 (Europe/Madrid)&quot;</extracomment>
        <translation>%1 – %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Roomdesk::BufferMinutesDelegate</name>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>Roomdesk::BufferPolicyForm</name>
    <message>
        <source>Preparation before the start:</source>
        <translation>Preparación antes del inicio:</translation>
    </message>
    <message>
        <source>Courtesy after the end:</source>
        <translation>Cortesía tras el final:</translation>
    </message>
    <message>
        <source>Post-processing after courtesy:</source>
        <translation>Posproceso tras la cortesía:</translation>
    </message>
    <message>
        <source>Credentials sent before the start:</source>
        <translation>Credenciales enviadas antes del inicio:</translation>
    </message>
    <message>
        <source>End warning before the end:</source>
        <translation>Aviso de fin antes del final:</translation>
    </message>
    <message>
        <source>Report deadline after the end:</source>
        <translation>Plazo del informe tras el final:</translation>
    </message>
    <message>
        <source>The host prepares the room; nobody else can book it then.</source>
        <translation>El anfitrión prepara la sala; nadie más puede reservarla entonces.</translation>
    </message>
    <message>
        <source>The session may run over by this much.</source>
        <translation>La sesión puede alargarse hasta este tiempo.</translation>
    </message>
    <message>
        <source>Recordings and reports are processed before the next booking.</source>
        <translation>Las grabaciones y los informes se procesan antes de la siguiente reserva.</translation>
    </message>
    <message>
        <source>When the organizer receives the room&apos;s start link.</source>
        <translation>Cuándo recibe el organizador el enlace de inicio de la sala.</translation>
    </message>
    <message>
        <source>The host is warned this long before the scheduled end.</source>
        <translation>El anfitrión recibe un aviso este tiempo antes del final previsto.</translation>
    </message>
    <message>
        <source>The attendance report is expected within this time after the end.</source>
        <translation>El informe de asistencia se espera dentro de este tiempo tras el final.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Apply to all bookings</source>
        <translation>Aplicar a todas las reservas</translation>
    </message>
    <message>
        <source>Current bookings take the new buffers; new overlaps are reported, never moved silently, and waiting requests are retried.</source>
        <translation>Las reservas actuales toman los nuevos márgenes; los nuevos solapamientos se notifican, nunca se mueven en silencio, y se reintentan las solicitudes en espera.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>Roomdesk::BufferPolicyStore</name>
    <message>
        <source>preparation</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>courtesy</source>
        <translation>cortesía</translation>
    </message>
    <message>
        <source>post-processing</source>
        <translation>posprocesado</translation>
    </message>
    <message>
        <source>credentials lead time</source>
        <translation>antelación de las credenciales</translation>
    </message>
    <message>
        <source>end warning</source>
        <translation>aviso de fin</translation>
    </message>
    <message>
        <source>report deadline</source>
        <translation>plazo del informe</translation>
    </message>
    <message>
        <source>The %1 must be between 0 and %2 minutes, not %3.</source>
        <translation>El valor de «%1» debe estar entre 0 y %2 minutos, no %3.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CalendarLegend</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Preparation and after-session buffers</source>
        <translation>Márgenes de preparación y posteriores</translation>
    </message>
    <message>
        <source>Waiting for a room</source>
        <translation>Esperando sala</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CalendarPage</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: %1</source>
        <translation>No se pudo cargar el calendario: %1</translation>
    </message>
    <message>
        <source>No bookings match the filters in this period</source>
        <translation>Ninguna reserva de este periodo coincide con los filtros</translation>
    </message>
    <message>
        <source>No bookings in this period</source>
        <translation>No hay reservas en este periodo</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week: its first and last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2 — Enter or double-click opens it</source>
        <translation>%1, %2 — Intro o doble clic para abrirla</translation>
    </message>
    <message>
        <source>“%1” was cancelled.</source>
        <translation>«%1» se canceló.</translation>
    </message>
    <message>
        <source>The calendar could not be saved to “%1”.</source>
        <translation>No se pudo guardar el calendario en «%1».</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Export the calendar as PNG</source>
        <translation>Exportar el calendario como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>One day across the view</source>
        <translation>Un día a lo ancho de la vista</translation>
    </message>
    <message>
        <source>Seven days across the view</source>
        <translation>Siete días a lo ancho de la vista</translation>
    </message>
    <message>
        <source>Previous period (Page Up)</source>
        <translation>Periodo anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to now (Home)</source>
        <translation>Ir a ahora (Inicio)</translation>
    </message>
    <message>
        <source>Next period (Page Down)</source>
        <translation>Periodo siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Periodo siguiente</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−, Ctrl+wheel)</source>
        <translation>Alejar (Ctrl+−, Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>Acercar (Ctrl++, Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Save the visible part of the calendar as a PNG image</source>
        <translation>Guardar la parte visible del calendario como imagen PNG</translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation>Exportar iCalendar…</translation>
    </message>
    <message>
        <source>Save the bookings of this period as an iCalendar (.ics) file</source>
        <translation>Guardar las reservas de este periodo como archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Todas las salas</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Meetings and webinars</source>
        <translation>Reuniones y webinars</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <source>Any organizer</source>
        <translation>Cualquier organizador</translation>
    </message>
    <message>
        <source>“%1” has room %2, blocked %3.</source>
        <translation>«%1» tiene la sala %2, reservada %3.</translation>
    </message>
    <message>
        <source>“%1” is waiting for a room: %2</source>
        <translation>«%1» espera una sala: %2</translation>
    </message>
    <message>
        <source>Import room requests from CSV</source>
        <translation>Importar solicitudes de sala desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking and importing “%1”…</source>
        <translation>Comprobando e importando «%1»…</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests waiting for a room are in the top lane, with the reason.</source>
        <translation>Las solicitudes que esperan sala están en la franja superior, con el motivo.</translation>
    </message>
    <message>
        <source>Request a room…</source>
        <translation>Solicitar sala…</translation>
    </message>
    <message>
        <source>Book a room for a session without a Zoom meeting; it waits for a room when none is free</source>
        <translation>Reservar una sala para una sesión sin reunión de Zoom; si no hay ninguna libre, espera una sala</translation>
    </message>
    <message>
        <source>Import requests…</source>
        <translation>Importar solicitudes…</translation>
    </message>
    <message>
        <source>Request rooms for every row of a CSV file (title, start, tz, duration, optional webinar, admission and organizer); nothing is stored if a row is wrong</source>
        <translation>Solicitar salas para cada fila de un archivo CSV (title, start, tz, duration y opcionalmente webinar, admission y organizer); no se guarda nada si una fila es incorrecta</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::CalendarCommand</name>
    <message>
        <source>--from and --to take dates such as 2026-03-02 (or times with an offset), and --to comes after --from.</source>
        <translation>--from y --to admiten fechas como 2026-03-02 (u horas con desfase), y --to va después de --from.</translation>
    </message>
    <message>
        <source>--room takes a room&apos;s number.</source>
        <translation>--room admite el número de una sala.</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>No existe la sala %1.</translation>
    </message>
    <message>
        <source>pending: %1 #%2 %3</source>
        <translation>en espera: %1 #%2 %3</translation>
    </message>
    <message>
        <source>The rooms&apos; bookings (blocked time with buffers) and the pending requests in a date range</source>
        <translation>Las reservas de las salas (tiempo bloqueado con márgenes) y las solicitudes en espera de un intervalo de fechas</translation>
    </message>
    <message>
        <source>First day, e.g. 2026-03-02 (default: today, UTC)</source>
        <translation>Primer día, p. ej. 2026-03-02 (por defecto: hoy, UTC)</translation>
    </message>
    <message>
        <source>Last day, included (default: a week)</source>
        <translation>Último día, incluido (por defecto: una semana)</translation>
    </message>
    <message>
        <source>Only this room</source>
        <translation>Solo esta sala</translation>
    </message>
    <message>
        <source>Cannot write the calendar to %1: %2</source>
        <translation>No se puede escribir el calendario en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n booking(s) to standard output.</source>
        <translation>
            <numerusform>Se escribió %n reserva en la salida estándar.</numerusform>
            <numerusform>Se escribieron %n reservas en la salida estándar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n booking(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n reserva en %1.</numerusform>
            <numerusform>Se escribieron %n reservas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending request(s) included as tentative.</source>
        <translation>
            <numerusform>Se incluyó %n solicitud en espera como provisional.</numerusform>
            <numerusform>Se incluyeron %n solicitudes en espera como provisionales.</numerusform>
        </translation>
    </message>
    <message>
        <source>--json and --ics are two outputs; choose one.</source>
        <translation>--json y --ics son dos salidas; elija una.</translation>
    </message>
    <message>
        <source>Write an iCalendar file for calendar applications instead (- for standard output)</source>
        <translation>Escribir en su lugar un archivo iCalendar para aplicaciones de calendario (- para la salida estándar)</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::CliApplication</name>
    <message>
        <source>Use this database file instead of the default one</source>
        <translation>Usar este archivo de base de datos en lugar del predeterminado</translation>
    </message>
    <message>
        <source>Print results as JSON for scripts</source>
        <translation>Mostrar los resultados en JSON para scripts</translation>
    </message>
    <message>
        <source>Language of messages</source>
        <translation>Idioma de los mensajes</translation>
    </message>
    <message>
        <source>Print diagnostic messages to standard error</source>
        <translation>Mostrar mensajes de diagnóstico en la salida de errores</translation>
    </message>
    <message>
        <source>Show help and exit</source>
        <translation>Mostrar la ayuda y salir</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use es, ru or en.</source>
        <translation>Idioma desconocido «%1»; use es, ru o en.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>“%1” needs a subcommand.</source>
        <translation>«%1» necesita un subcomando.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>The option --db needs a file path.</source>
        <translation>La opción --db necesita la ruta de un archivo.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Run “%1 --help” for the list of commands and options.</source>
        <translation>Ejecute «%1 --help» para ver la lista de comandos y opciones.</translation>
    </message>
    <message>
        <source>Roomdesk from the command line: the scriptable twin of the Roomdesk window.</source>
        <translation>Roomdesk desde la línea de comandos: el gemelo programable de la ventana de Roomdesk.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Show help for a command</source>
        <translation>Mostrar la ayuda de un comando</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused or failed, 2 wrong usage.</source>
        <translation>Código de salida: 0 éxito, 1 rechazado o fallido, 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>[global options] &lt;command&gt; [options]</source>
        <translation>[opciones globales] &lt;comando&gt; [opciones]</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::CredentialsCommands</name>
    <message>
        <source>Give the %1 either with --%2 or with --%3, not both.</source>
        <translation>Indique el %1 con --%2 o con --%3, no con ambas.</translation>
    </message>
    <message>
        <source>Only one secret can come from standard input; give the other with its --…-env option.</source>
        <translation>Solo un secreto puede llegar por la entrada estándar; indique el otro con su opción --…-env.</translation>
    </message>
    <message>
        <source>Nothing to set: give at least one of --base-url, --account-id, --client-id or a secret option.</source>
        <translation>Nada que guardar: indique al menos --base-url, --account-id, --client-id o una opción de secreto.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set; it must hold the %2.</source>
        <translation>La variable de entorno %1 está vacía o no existe; debe contener el %2.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Standard input is empty; it must hold the %1.</source>
        <translation>La entrada estándar está vacía; debe contener el %1.</translation>
    </message>
    <message>
        <source>Saved. Run “roomdeskctl credentials test” to check the connection.</source>
        <translation>Guardado. Ejecute «roomdeskctl credentials test» para comprobar la conexión.</translation>
    </message>
    <message>
        <source>unknown (keychain unavailable)</source>
        <translation>desconocido (llavero no disponible)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>guardado en el llavero</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>no guardado</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no configurado</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Zoom address</source>
        <translation>Dirección de Zoom</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última comprobación</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n scope(s) granted</source>
        <translation>
            <numerusform>%1, %n permiso concedido</numerusform>
            <numerusform>%1, %n permisos concedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>The Zoom connection was forgotten, but a secret could not be removed: %1</source>
        <translation>Se olvidó la conexión con Zoom, pero no se pudo eliminar un secreto: %1</translation>
    </message>
    <message>
        <source>The Zoom connection and its secrets were forgotten.</source>
        <translation>Se olvidaron la conexión con Zoom y sus secretos.</translation>
    </message>
    <message>
        <source>Zoom&apos;s address: https://zoom.us, https://zoomgov.com or a sandbox&apos;s</source>
        <translation>Dirección de Zoom: https://zoom.us, https://zoomgov.com o la de un entorno de pruebas</translation>
    </message>
    <message>
        <source>The app&apos;s Account ID</source>
        <translation>El Account ID de la aplicación</translation>
    </message>
    <message>
        <source>The app&apos;s Client ID</source>
        <translation>El Client ID de la aplicación</translation>
    </message>
    <message>
        <source>Read the Client Secret from standard input</source>
        <translation>Leer el Client Secret de la entrada estándar</translation>
    </message>
    <message>
        <source>Environment variable that holds the Client Secret</source>
        <translation>Variable de entorno que contiene el Client Secret</translation>
    </message>
    <message>
        <source>Read the webhook Secret Token from standard input</source>
        <translation>Leer el Secret Token del webhook de la entrada estándar</translation>
    </message>
    <message>
        <source>Environment variable that holds the webhook Secret Token</source>
        <translation>Variable de entorno que contiene el Secret Token de los webhooks</translation>
    </message>
    <message>
        <source>Store the Zoom connection: ids in the database, secrets in the system keychain (never on the command line)</source>
        <translation>Guardar la conexión con Zoom: los identificadores en la base de datos, los secretos en el llavero del sistema (nunca en la línea de comandos)</translation>
    </message>
    <message>
        <source>Show what is configured and whether each secret is stored (never the secret)</source>
        <translation>Mostrar qué está configurado y si cada secreto está guardado (nunca el secreto)</translation>
    </message>
    <message>
        <source>Exchange a token with the stored credentials and check the scopes; exit 1 when that fails or a required scope is missing</source>
        <translation>Obtener un token con las credenciales guardadas y comprobar los permisos; termina con 1 si falla o falta un permiso obligatorio</translation>
    </message>
    <message>
        <source>Forget the stored Zoom connection and remove its secrets from the keychain</source>
        <translation>Olvidar la conexión con Zoom guardada y eliminar sus secretos del llavero</translation>
    </message>
    <message>
        <source>No Zoom connection is configured yet. Run the setup wizard, or “roomdeskctl credentials set --account-id … --client-id … --client-secret-stdin”.</source>
        <translation>Todavía no hay ninguna conexión con Zoom configurada. Ejecute el asistente de configuración o «roomdeskctl credentials set --account-id … --client-id … --client-secret-stdin».</translation>
    </message>
    <message>
        <source>The Client Secret is not stored in the keychain. Run “roomdeskctl credentials set --client-secret-stdin” or the setup wizard.</source>
        <translation>El Client Secret no está guardado en el llavero. Ejecute «roomdeskctl credentials set --client-secret-stdin» o el asistente de configuración.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::DatabaseCommands</name>
    <message>
        <source>Path:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versión del esquema:</translation>
    </message>
    <message>
        <source>%1 (latest known: %2)</source>
        <translation>%1 (la más reciente conocida: %2)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Database ID:</source>
        <translation>ID de la base de datos:</translation>
    </message>
    <message>
        <source>Created with:</source>
        <translation>Creada con:</translation>
    </message>
    <message>
        <source>Roomdesk %1</source>
        <translation>Roomdesk %1</translation>
    </message>
    <message>
        <source>Show the database path, schema version and size (creates and updates the database if needed)</source>
        <translation>Mostrar la ruta, la versión del esquema y el tamaño de la base de datos (la crea y la actualiza si hace falta)</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::EventCommands</name>
    <message numerus="yes">
        <source>Event %1 “%2” (%3 %4, %n min): %5</source>
        <translation>
            <numerusform>Evento %1 «%2» (%3 %4, %n min): %5</numerusform>
            <numerusform>Evento %1 «%2» (%3 %4, %n min): %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Room %1.</source>
        <translation>Sala %1.</translation>
    </message>
    <message>
        <source>Zoom %1, %2.</source>
        <translation>Zoom %1, %2.</translation>
    </message>
    <message>
        <source>--waiting-room and --auto-admit contradict each other.</source>
        <translation>--waiting-room y --auto-admit se contradicen.</translation>
    </message>
    <message>
        <source>--start needs a local date and time such as 2026-03-02T09:30, without an offset: --tz gives the time zone.</source>
        <translation>--start necesita una fecha y hora locales como 2026-03-02T09:30, sin desfase: --tz indica la zona horaria.</translation>
    </message>
    <message>
        <source>--duration needs whole minutes, e.g. 90.</source>
        <translation>--duration necesita minutos enteros, por ejemplo 90.</translation>
    </message>
    <message>
        <source>--capacity needs a whole number of participants, or “unlimited”.</source>
        <translation>--capacity necesita un número entero de participantes, o «unlimited».</translation>
    </message>
    <message>
        <source>--group needs a group&apos;s number, as “group list” shows it, or “none”.</source>
        <translation>--group necesita el número de un grupo, tal como lo muestra «group list», o «none».</translation>
    </message>
    <message>
        <source>“event create” needs --%1.</source>
        <translation>«event create» necesita --%1.</translation>
    </message>
    <message>
        <source>Zoom is not connected, so the event could not become a meeting. Run “roomdeskctl credentials set” or the setup wizard first.</source>
        <translation>Zoom no está conectado, así que el evento no puede convertirse en una reunión. Ejecute primero «roomdeskctl credentials set» o el asistente de configuración.</translation>
    </message>
    <message>
        <source>Give the event&apos;s number, as “event list” shows it.</source>
        <translation>Indique el número del evento, tal como lo muestra «event list».</translation>
    </message>
    <message>
        <source>Start link (valid for a short time): %1</source>
        <translation>Enlace de inicio (válido poco tiempo): %1</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-03-02.</source>
        <translation>--%1 necesita una fecha como 2026-03-02.</translation>
    </message>
    <message>
        <source>Zoom is not connected; nothing can be synchronized.</source>
        <translation>Zoom no está conectado; no se puede sincronizar nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending Zoom operation(s) finished.</source>
        <translation>
            <numerusform>%n operación pendiente de Zoom terminada.</numerusform>
            <numerusform>%n operaciones pendientes de Zoom terminadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) created in Zoom after getting a room.</source>
        <translation>
            <numerusform>%n evento creado en Zoom tras obtener sala.</numerusform>
            <numerusform>%n eventos creados en Zoom tras obtener sala.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed in Zoom, %1 deleted there.</source>
        <translation>
            <numerusform>%n evento cambiado en Zoom, %1 eliminados allí.</numerusform>
            <numerusform>%n eventos cambiados en Zoom, %1 eliminados allí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one: --take-zoom or --keep-ours.</source>
        <translation>Elija una opción: --take-zoom o --keep-ours.</translation>
    </message>
    <message>
        <source>The event topic (at most 255 characters)</source>
        <translation>El tema del evento (255 caracteres como máximo)</translation>
    </message>
    <message>
        <source>The Zoom topic (at most 200 characters; default: the event topic)</source>
        <translation>El tema en Zoom (200 caracteres como máximo; por defecto, el tema del evento)</translation>
    </message>
    <message>
        <source>Local start, e.g. 2026-03-02T09:30</source>
        <translation>Inicio local, p. ej. 2026-03-02T09:30</translation>
    </message>
    <message>
        <source>The start&apos;s time zone, e.g. Europe/Madrid</source>
        <translation>La zona horaria del inicio, p. ej. Europe/Madrid</translation>
    </message>
    <message>
        <source>Minutes, 1 to 1439</source>
        <translation>Minutos, de 1 a 1439</translation>
    </message>
    <message>
        <source>A chosen room (default: allocated automatically)</source>
        <translation>Una sala elegida (por defecto, se asigna automáticamente)</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Participantes previstos</translation>
    </message>
    <message>
        <source>Who leads the session</source>
        <translation>Quién imparte la sesión</translation>
    </message>
    <message>
        <source>Where (default: online)</source>
        <translation>Dónde (por defecto: online)</translation>
    </message>
    <message>
        <source>Participants wait until admitted (default)</source>
        <translation>Los participantes esperan hasta ser admitidos (por defecto)</translation>
    </message>
    <message>
        <source>Participants are admitted automatically</source>
        <translation>Los participantes entran automáticamente</translation>
    </message>
    <message>
        <source>The agenda (at most 2000 characters)</source>
        <translation>El orden del día (2000 caracteres como máximo)</translation>
    </message>
    <message>
        <source>The participant group</source>
        <translation>El grupo de participantes</translation>
    </message>
    <message>
        <source>Not supported: refused with the reason</source>
        <translation>No admitido: se rechaza explicando el motivo</translation>
    </message>
    <message>
        <source>Create an event: allocate a room and create the Zoom meeting or webinar</source>
        <translation>Crear un evento: asignar una sala y crear la reunión o el seminario web en Zoom</translation>
    </message>
    <message>
        <source>A webinar instead of a meeting</source>
        <translation>Un seminario web en lugar de una reunión</translation>
    </message>
    <message>
        <source>List events</source>
        <translation>Listar los eventos</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Only this status: pending_room, scheduled, not_started_yet, in_progress, ended, cancelled</source>
        <translation>Solo este estado: pending_room, scheduled, not_started_yet, in_progress, ended, cancelled</translation>
    </message>
    <message>
        <source>Show an event</source>
        <translation>Mostrar un evento</translation>
    </message>
    <message>
        <source>Also fetch a fresh start link from Zoom</source>
        <translation>Obtener además de Zoom un enlace de inicio nuevo</translation>
    </message>
    <message>
        <source>Change an event and its Zoom meeting</source>
        <translation>Cambiar un evento y su reunión de Zoom</translation>
    </message>
    <message>
        <source>Refused: no conversion</source>
        <translation>Se rechaza: no hay conversión</translation>
    </message>
    <message>
        <source>Cancel an event: delete it in Zoom and free its room</source>
        <translation>Cancelar un evento: eliminarlo en Zoom y liberar su sala</translation>
    </message>
    <message>
        <source>Finish pending Zoom operations, create events that got a room and find changes made in Zoom</source>
        <translation>Terminar las operaciones pendientes de Zoom, crear los eventos que obtuvieron sala y detectar cambios hechos en Zoom</translation>
    </message>
    <message>
        <source>Skip the check for changes made in Zoom</source>
        <translation>Omitir la comprobación de cambios hechos en Zoom</translation>
    </message>
    <message>
        <source>Settle an event changed or deleted in Zoom</source>
        <translation>Resolver un evento cambiado o eliminado en Zoom</translation>
    </message>
    <message>
        <source>Take Zoom&apos;s values</source>
        <translation>Tomar los valores de Zoom</translation>
    </message>
    <message>
        <source>Push Roomdesk&apos;s values to Zoom</source>
        <translation>Enviar a Zoom los valores de Roomdesk</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::GroupCommands</name>
    <message>
        <source>the allocated room&apos;s join link</source>
        <translation>el enlace para unirse de la sala asignada</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>with durations</source>
        <translation>con duraciones</translation>
    </message>
    <message>
        <source>without durations (a link Roomdesk does not control)</source>
        <translation>sin duraciones (un enlace que Roomdesk no controla)</translation>
    </message>
    <message>
        <source>“%1” needs --%2.</source>
        <translation>«%1» necesita --%2.</translation>
    </message>
    <message>
        <source>--platform is one of %1.</source>
        <translation>--platform es uno de %1.</translation>
    </message>
    <message>
        <source>Give the group&apos;s number, as “group list” shows it.</source>
        <translation>Indique el número del grupo, tal como lo muestra «group list».</translation>
    </message>
    <message>
        <source>There is no program “%1”; “program list” shows them.</source>
        <translation>No existe el programa «%1»; «program list» muestra los que hay.</translation>
    </message>
    <message>
        <source>No groups yet. Add one with “roomdeskctl group add --program P --name N”.</source>
        <translation>Todavía no hay grupos. Añada uno con «roomdeskctl group add --program P --name N».</translation>
    </message>
    <message>
        <source>Group %1 removed.</source>
        <translation>Grupo %1 eliminado.</translation>
    </message>
    <message>
        <source>builtin, zoom-custom, zoom-webinar, google-meet, telegram or teams</source>
        <translation>builtin, zoom-custom, zoom-webinar, google-meet, telegram o teams</translation>
    </message>
    <message>
        <source>The group&apos;s own link; none for the built-in Zoom room</source>
        <translation>El enlace propio del grupo; ninguno para la sala de Zoom integrada</translation>
    </message>
    <message>
        <source>Add a participant group to a program (created when new) with the platform it meets on</source>
        <translation>Añadir un grupo de participantes a un programa (que se crea si es nuevo) con la plataforma en la que se reúne</translation>
    </message>
    <message>
        <source>The program&apos;s name</source>
        <translation>El nombre del programa</translation>
    </message>
    <message>
        <source>The group&apos;s name, unique within its program</source>
        <translation>El nombre del grupo, único dentro de su programa</translation>
    </message>
    <message>
        <source>List the participant groups by program, with their platform and link</source>
        <translation>Listar los grupos de participantes por programa, con su plataforma y su enlace</translation>
    </message>
    <message>
        <source>Only this program&apos;s groups</source>
        <translation>Solo los grupos de este programa</translation>
    </message>
    <message>
        <source>Choose where a group meets; the link is checked for the platform and nothing changes if it fails</source>
        <translation>Elegir dónde se reúne un grupo; el enlace se comprueba para la plataforma y, si no es válido, no cambia nada</translation>
    </message>
    <message>
        <source>Rename a participant group</source>
        <translation>Cambiar el nombre de un grupo de participantes</translation>
    </message>
    <message>
        <source>The group&apos;s new name</source>
        <translation>El nuevo nombre del grupo</translation>
    </message>
    <message>
        <source>Remove a participant group; its events stay, without a group</source>
        <translation>Eliminar un grupo de participantes; sus eventos se conservan, sin grupo</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::LinkCommands</name>
    <message>
        <source>--platform is one of %1.</source>
        <translation>--platform es uno de %1.</translation>
    </message>
    <message>
        <source>Give the link to check after the options.</source>
        <translation>Indique el enlace que comprobar después de las opciones.</translation>
    </message>
    <message>
        <source>Valid %1 link.</source>
        <translation>Enlace de %1 válido.</translation>
    </message>
    <message>
        <source>Check a group&apos;s link for its platform: https, the provider&apos;s own hosts, a join link&apos;s shape</source>
        <translation>Comprobar el enlace de un grupo para su plataforma: https, los dominios del propio proveedor y la forma de un enlace para unirse</translation>
    </message>
    <message>
        <source>builtin, zoom-custom, zoom-webinar, google-meet, telegram or teams</source>
        <translation>builtin, zoom-custom, zoom-webinar, google-meet, telegram o teams</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::PolicyCommands</name>
    <message>
        <source>Preparation before the start</source>
        <translation>Preparación antes del inicio</translation>
    </message>
    <message>
        <source>Courtesy after the scheduled end</source>
        <translation>Cortesía tras el fin previsto</translation>
    </message>
    <message>
        <source>Post-processing after the courtesy time</source>
        <translation>Posprocesado tras la cortesía</translation>
    </message>
    <message>
        <source>Credentials sent before the start</source>
        <translation>Envío de credenciales antes del inicio</translation>
    </message>
    <message>
        <source>End warning before the scheduled end</source>
        <translation>Aviso antes del fin previsto</translation>
    </message>
    <message>
        <source>Attendance report due after the end</source>
        <translation>Informe de asistencia tras el fin</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>The option --%1 needs whole minutes from 0 to %2.</source>
        <translation>La opción --%1 necesita minutos enteros de 0 a %2.</translation>
    </message>
    <message>
        <source>Nothing to set: give at least one of --prep, --courtesy, --postprocess, --lead, --end-warning or --report-deadline.</source>
        <translation>Nada que cambiar: indique al menos --prep, --courtesy, --postprocess, --lead, --end-warning o --report-deadline.</translation>
    </message>
    <message>
        <source>Show the buffer policy in minutes</source>
        <translation>Mostrar la política de márgenes en minutos</translation>
    </message>
    <message>
        <source>Change the buffer policy (minutes; rooms may override the three buffers)</source>
        <translation>Cambiar la política de márgenes (minutos; cada sala puede sustituir los tres márgenes)</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ProgramCommands</name>
    <message>
        <source>Give the program&apos;s number, as “program list” shows it.</source>
        <translation>Indique el número del programa, tal como lo muestra «program list».</translation>
    </message>
    <message>
        <source>No programs yet. “roomdeskctl group add --program P --name N” creates one with its first group.</source>
        <translation>Todavía no hay programas. «roomdeskctl group add --program P --name N» crea uno con su primer grupo.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>“program rename” needs --name.</source>
        <translation>«program rename» necesita --name.</translation>
    </message>
    <message>
        <source>Program %1 is now “%2”.</source>
        <translation>El programa %1 ahora se llama «%2».</translation>
    </message>
    <message>
        <source>Program %1 and its groups removed.</source>
        <translation>Programa %1 eliminado con sus grupos.</translation>
    </message>
    <message>
        <source>List the programs and how many groups each has</source>
        <translation>Listar los programas y cuántos grupos tiene cada uno</translation>
    </message>
    <message>
        <source>Rename a program</source>
        <translation>Cambiar el nombre de un programa</translation>
    </message>
    <message>
        <source>The program&apos;s new name</source>
        <translation>El nuevo nombre del programa</translation>
    </message>
    <message>
        <source>Remove a program and its groups; their events stay, without a group</source>
        <translation>Eliminar un programa y sus grupos; sus eventos se conservan, sin grupo</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ReconciliationReport</name>
    <message numerus="yes">
        <source>%n pending request(s) got a room.</source>
        <translation>
            <numerusform>%n solicitud en espera obtuvo una sala.</numerusform>
            <numerusform>%n solicitudes en espera obtuvieron una sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests %1 and %2 now overlap in %3 with the new buffers; cancel one or give the buffers back.</source>
        <translation>Las solicitudes %1 y %2 se solapan ahora en %3 con los nuevos márgenes; cancele una o devuelva los márgenes anteriores.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ReportCommands</name>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--from and --to take dates such as 2026-03-02, and --to is not before --from.</source>
        <translation>--from y --to admiten fechas como 2026-03-02, y --to no puede ser anterior a --from.</translation>
    </message>
    <message>
        <source>No ended events in this range.</source>
        <translation>No hay eventos terminados en este intervalo.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Give either --meeting ID or --webinar ID.</source>
        <translation>Indique --meeting ID o bien --webinar ID.</translation>
    </message>
    <message>
        <source>“%1” is not a meeting or webinar ID (a number, or an instance&apos;s UUID).</source>
        <translation>«%1» no es un ID de reunión ni de seminario web (un número o el UUID de una sesión).</translation>
    </message>
    <message>
        <source>Zoom is not connected; run “roomdeskctl credentials set” first.</source>
        <translation>Zoom no está conectado; ejecute antes «roomdeskctl credentials set».</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written.</source>
        <translation>
            <numerusform>%n informe escrito.</numerusform>
            <numerusform>%n informes escritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved Zoom participant pages: one page object or an array of them (- for standard input)</source>
        <translation>Páginas de participantes de Zoom guardadas: un objeto de página o una lista de ellas (- para la entrada estándar)</translation>
    </message>
    <message>
        <source>The host&apos;s e-mail: their rows are not attendance</source>
        <translation>Correo del anfitrión: sus filas no cuentan como asistencia</translation>
    </message>
    <message>
        <source>The host&apos;s Zoom user id (participant_user_id), may be repeated</source>
        <translation>ID de usuario de Zoom del anfitrión (participant_user_id); puede repetirse</translation>
    </message>
    <message>
        <source>The meeting&apos;s ID, or one instance&apos;s UUID</source>
        <translation>ID de la reunión, o el UUID de una de sus sesiones</translation>
    </message>
    <message>
        <source>The webinar&apos;s ID, or one instance&apos;s UUID</source>
        <translation>ID del seminario web, o el UUID de una de sus sesiones</translation>
    </message>
    <message>
        <source>First day of the events&apos; start, e.g. 2026-03-02</source>
        <translation>Primer día de inicio de los eventos, p. ej. 2026-03-02</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>Último día, incluido</translation>
    </message>
    <message>
        <source>The folder to write into</source>
        <translation>Carpeta donde escribir</translation>
    </message>
    <message>
        <source>Build an attendance CSV from saved Zoom participant pages (offline)</source>
        <translation>Generar un CSV de asistencia a partir de páginas de participantes de Zoom guardadas (sin conexión)</translation>
    </message>
    <message>
        <source>Fetch an ended meeting&apos;s or webinar&apos;s attendance from Zoom into a CSV</source>
        <translation>Obtener de Zoom la asistencia de una reunión o seminario web terminado en un CSV</translation>
    </message>
    <message>
        <source>Write the ready reports of the events in a date range into a folder, one CSV each</source>
        <translation>Escribir en una carpeta los informes listos de los eventos de un intervalo de fechas, un CSV por evento</translation>
    </message>
    <message>
        <source>Ended events and the state of their reports (asks Zoom for those due)</source>
        <translation>Eventos terminados y el estado de sus informes (pide a Zoom los pendientes)</translation>
    </message>
    <message>
        <source>The report was written but not kept with event %1: %2</source>
        <translation>El informe se escribió, pero no se guardó con el evento %1: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ReportOutput</name>
    <message>
        <source>The CSV file to write (- for standard output)</source>
        <translation>Archivo CSV que se escribirá (- para la salida estándar)</translation>
    </message>
    <message>
        <source>Field delimiter: one character, or tab (default: ; in Spanish and Russian, , otherwise)</source>
        <translation>Separador de campos: un carácter, o tab (por defecto: ; en español y ruso, , en otro caso)</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte-order mark, for Excel</source>
        <translation>Empezar el archivo con una marca de orden de bytes UTF-8, para Excel</translation>
    </message>
    <message>
        <source>Time zone of the times (default: this computer&apos;s)</source>
        <translation>Zona horaria de las horas (por defecto: la de este equipo)</translation>
    </message>
    <message>
        <source>--delimiter takes one character such as , or ; (or tab); not a quote, an apostrophe, a space or a line break.</source>
        <translation>--delimiter admite un carácter como , o ; (o tab); no comillas, apóstrofo, espacio ni salto de línea.</translation>
    </message>
    <message>
        <source>--delimiter takes a character from the Basic Multilingual Plane, such as , or ;.</source>
        <translation>--delimiter admite un carácter del plano multilingüe básico, como , o ;.</translation>
    </message>
    <message numerus="yes">
        <source>No one besides the host attended (%n participant record(s) read): no report, no file written.</source>
        <translation>
            <numerusform>Nadie aparte del anfitrión asistió (%n registro de participantes leído): sin informe, no se escribió ningún archivo.</numerusform>
            <numerusform>Nadie aparte del anfitrión asistió (%n registros de participantes leídos): sin informe, no se escribió ningún archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n record(s) of the host or the waiting room.</source>
        <translation>
            <numerusform>Excluido: %n registro del anfitrión o de la sala de espera.</numerusform>
            <numerusform>Excluidos: %n registros del anfitrión o de la sala de espera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::RequestCommands</name>
    <message>
        <source>Request %1 “%2” (%3, %4): room %5, blocked %6 – %7.</source>
        <translation>Solicitud %1 «%2» (%3, %4): sala %5, reservada %6 – %7.</translation>
    </message>
    <message>
        <source>Request %1 “%2” (%3, %4): cancelled.</source>
        <translation>Solicitud %1 «%2» (%3, %4): cancelada.</translation>
    </message>
    <message>
        <source>Request %1 “%2” (%3, %4): pending. %5</source>
        <translation>Solicitud %1 «%2» (%3, %4): en espera. %5</translation>
    </message>
    <message>
        <source>“request add” needs --%1.</source>
        <translation>«request add» necesita --%1.</translation>
    </message>
    <message>
        <source>--waiting-room and --auto-admit contradict each other.</source>
        <translation>--waiting-room y --auto-admit se contradicen.</translation>
    </message>
    <message>
        <source>--duration needs whole minutes, e.g. 90.</source>
        <translation>--duration necesita minutos enteros, p. ej. 90.</translation>
    </message>
    <message>
        <source>Give the request&apos;s number, as “request list” shows it.</source>
        <translation>Indique el número de la solicitud, tal como lo muestra «request list».</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Todavía no hay solicitudes.</translation>
    </message>
    <message>
        <source>Request a room: the first free one is booked with its buffers, or the request waits as pending</source>
        <translation>Solicitar una sala: se reserva la primera libre con sus márgenes o la solicitud queda en espera</translation>
    </message>
    <message>
        <source>What the session is called</source>
        <translation>Cómo se llama la sesión</translation>
    </message>
    <message>
        <source>Local start, e.g. 2026-03-02T09:30</source>
        <translation>Inicio en hora local, p. ej. 2026-03-02T09:30</translation>
    </message>
    <message>
        <source>Time zone of the start, e.g. Europe/Madrid</source>
        <translation>Zona horaria del inicio, p. ej. Europe/Madrid</translation>
    </message>
    <message>
        <source>Minutes, 1 to 1439</source>
        <translation>Minutos, de 1 a 1439</translation>
    </message>
    <message>
        <source>A webinar (needs a webinar-capable room)</source>
        <translation>Un webinar (necesita una sala con licencia de webinar)</translation>
    </message>
    <message>
        <source>Participants wait to be admitted (default)</source>
        <translation>Los participantes esperan a ser admitidos (por defecto)</translation>
    </message>
    <message>
        <source>Participants join directly</source>
        <translation>Los participantes entran directamente</translation>
    </message>
    <message>
        <source>Cancel a request; its room is freed and pending requests are retried</source>
        <translation>Cancelar una solicitud; su sala queda libre y se reintentan las solicitudes en espera</translation>
    </message>
    <message>
        <source>List the requests by start time</source>
        <translation>Listar las solicitudes por hora de inicio</translation>
    </message>
    <message>
        <source>“request assign” needs --room with the room&apos;s e-mail.</source>
        <translation>«request assign» necesita --room con el correo de la sala.</translation>
    </message>
    <message>
        <source>No room has the e-mail %1.</source>
        <translation>Ninguna sala tiene el correo %1.</translation>
    </message>
    <message>
        <source>Give a request a room by hand (manual and inactive rooms too), if that room is free then</source>
        <translation>Dar una sala a mano a una solicitud (también salas manuales e inactivas), si esa sala está libre entonces</translation>
    </message>
    <message>
        <source>The room&apos;s e-mail</source>
        <translation>El correo de la sala</translation>
    </message>
    <message>
        <source>“request import” needs --csv FILE.</source>
        <translation>«request import» necesita --csv ARCHIVO.</translation>
    </message>
    <message>
        <source>The CSV file, UTF-8, “,” or “;” separated</source>
        <translation>El archivo CSV, UTF-8, separado por «,» o «;»</translation>
    </message>
    <message>
        <source>Who asked for the room (optional)</source>
        <translation>Quién pidió la sala (opcional)</translation>
    </message>
    <message>
        <source>Request rooms for every row of a CSV file (title, start, tz, duration, optional webinar, admission and organizer); nothing is stored if a row is wrong</source>
        <translation>Solicitar salas para cada fila de un archivo CSV (title, start, tz, duration y opcionalmente webinar, admission y organizer); no se guarda nada si una fila es incorrecta</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::RoomsCommands</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>as the policy</source>
        <translation>según la política</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>manual assignment</source>
        <translation>asignación manual</translation>
    </message>
    <message>
        <source>automatic assignment</source>
        <translation>asignación automática</translation>
    </message>
    <message>
        <source>webinar licence</source>
        <translation>licencia de webinar</translation>
    </message>
    <message>
        <source>meetings only</source>
        <translation>solo reuniones</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Márgenes</translation>
    </message>
    <message>
        <source>preparation %1, courtesy %2, post-processing %3</source>
        <translation>preparación %1, cortesía %2, posprocesado %3</translation>
    </message>
    <message>
        <source>Give the room&apos;s number, as “rooms list” shows it.</source>
        <translation>Indique el número de la sala, tal como lo muestra «rooms list».</translation>
    </message>
    <message>
        <source>--%1 and --%2 contradict each other.</source>
        <translation>--%1 y --%2 se contradicen.</translation>
    </message>
    <message>
        <source>“rooms add” needs --%1.</source>
        <translation>«rooms add» necesita --%1.</translation>
    </message>
    <message>
        <source>No rooms yet. Add one with “roomdeskctl rooms add --email E --name N”.</source>
        <translation>Todavía no hay salas. Añada una con «roomdeskctl rooms add --email E --name N».</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>, webinar</source>
        <translation>, webinar</translation>
    </message>
    <message>
        <source>Room %1 removed.</source>
        <translation>Sala %1 eliminada.</translation>
    </message>
    <message>
        <source>The room&apos;s own preparation buffer in minutes</source>
        <translation>Margen de preparación propio de la sala, en minutos</translation>
    </message>
    <message>
        <source>The room&apos;s own courtesy time in minutes</source>
        <translation>Tiempo de cortesía propio de la sala, en minutos</translation>
    </message>
    <message>
        <source>The room&apos;s own post-processing time in minutes</source>
        <translation>Tiempo de posprocesado propio de la sala, en minutos</translation>
    </message>
    <message>
        <source>The room&apos;s name</source>
        <translation>El nombre de la sala</translation>
    </message>
    <message>
        <source>The Zoom host&apos;s e-mail</source>
        <translation>El correo del anfitrión de Zoom</translation>
    </message>
    <message>
        <source>Where the allocator looks at this room (1 first)</source>
        <translation>En qué orden la considera la asignación (1 primero)</translation>
    </message>
    <message>
        <source>Notes for administrators</source>
        <translation>Notas para los administradores</translation>
    </message>
    <message>
        <source>Take part in allocation</source>
        <translation>Participar en la asignación</translation>
    </message>
    <message>
        <source>Assigned only by hand</source>
        <translation>Se asigna solo a mano</translation>
    </message>
    <message>
        <source>The host has a webinar licence</source>
        <translation>El anfitrión tiene licencia de webinar</translation>
    </message>
    <message>
        <source>Add a room (a licensed Zoom host); new rooms are inactive unless --active</source>
        <translation>Añadir una sala (un anfitrión de Zoom con licencia); las salas nuevas están inactivas salvo con --active</translation>
    </message>
    <message>
        <source>List the rooms in allocation order</source>
        <translation>Listar las salas en el orden de asignación</translation>
    </message>
    <message>
        <source>Change a room</source>
        <translation>Cambiar una sala</translation>
    </message>
    <message>
        <source>Leave allocation</source>
        <translation>Dejar de participar en la asignación</translation>
    </message>
    <message>
        <source>Assigned automatically</source>
        <translation>Se asigna automáticamente</translation>
    </message>
    <message>
        <source>The host has no webinar licence</source>
        <translation>El anfitrión no tiene licencia de webinar</translation>
    </message>
    <message>
        <source>Remove a room</source>
        <translation>Eliminar una sala</translation>
    </message>
    <message>
        <source>How many participants the room&apos;s licence admits</source>
        <translation>Cuántos participantes admite la licencia de la sala</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::SandboxCommand</name>
    <message>
        <source>The option --%1 needs a whole number from %2 to %3.</source>
        <translation>La opción --%1 necesita un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>Unknown plan “%1”; use free, pro or business.</source>
        <translation>Plan desconocido «%1»; use free, pro o business.</translation>
    </message>
    <message>
        <source>Run the local Zoom sandbox on 127.0.0.1 and print its address and demo credentials as JSON</source>
        <translation>Ejecutar el entorno de pruebas local de Zoom en 127.0.0.1 y mostrar su dirección y credenciales de demostración en JSON</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port)</source>
        <translation>Puerto de escucha (0: cualquier puerto libre)</translation>
    </message>
    <message>
        <source>Seed of the generated data</source>
        <translation>Semilla de los datos generados</translation>
    </message>
    <message>
        <source>Zoom plan whose rate limits apply (default business)</source>
        <translation>Plan de Zoom cuyos límites de frecuencia se aplican (predeterminado: business)</translation>
    </message>
    <message>
        <source>Scopes its tokens grant (default all)</source>
        <translation>Ámbitos que conceden sus tokens (predeterminado: all)</translation>
    </message>
    <message>
        <source>Number of Zoom users (default 8)</source>
        <translation>Número de usuarios de Zoom (predeterminado: 8)</translation>
    </message>
    <message>
        <source>Lifetime of access tokens (default 3600)</source>
        <translation>Duración de los tokens de acceso (predeterminado: 3600)</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. latency:0.3:250ms,5xx:0.1,reset:0.05,truncate:0.05</source>
        <translation>Fallos que se inyectan, p. ej. latency:0.3:250ms,5xx:0.1,reset:0.05,truncate:0.05</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>«%1» no es una dirección http ni https.</translation>
    </message>
    <message>
        <source>--webhook-url needs --webhook-secret-env naming a variable that holds the Secret Token.</source>
        <translation>--webhook-url necesita --webhook-secret-env con el nombre de una variable que contenga el Secret Token.</translation>
    </message>
    <message>
        <source>Send signed webhooks (after Zoom&apos;s URL validation) to this address</source>
        <translation>Enviar webhooks firmados (tras la validación de URL de Zoom) a esta dirección</translation>
    </message>
    <message>
        <source>Environment variable that holds the webhook Secret Token</source>
        <translation>Variable de entorno que contiene el Secret Token de los webhooks</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::VersionCommand</name>
    <message>
        <source>%1 %2 (Qt %3, database schema %4)</source>
        <translation>%1 %2 (Qt %3, esquema de base de datos %4)</translation>
    </message>
    <message>
        <source>Show the Roomdesk version</source>
        <translation>Mostrar la versión de Roomdesk</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::WebhookCommands</name>
    <message>
        <source>the signature does not match this body, timestamp and Secret Token</source>
        <translation>la firma no corresponde a este cuerpo, esta marca de tiempo y este Secret Token</translation>
    </message>
    <message>
        <source>the timestamp is more than %1 s away from now</source>
        <translation>la marca de tiempo se aleja más de %1 s del momento actual</translation>
    </message>
    <message>
        <source>the timestamp must be whole seconds and the signature must start with “v0=”</source>
        <translation>la marca de tiempo debe ser un número entero de segundos y la firma debe empezar por «v0=»</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <comment>a webhook signature</comment>
        <translation>no válida: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>a webhook signature</comment>
        <translation>válida</translation>
    </message>
    <message>
        <source>The standard input is not a JSON object; expected Zoom&apos;s endpoint.url_validation event.</source>
        <translation>La entrada estándar no es un objeto JSON; se esperaba el evento endpoint.url_validation de Zoom.</translation>
    </message>
    <message>
        <source>This is not an endpoint.url_validation event (its “event” is %1).</source>
        <translation>Este no es un evento endpoint.url_validation (su «event» es %1).</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>an absent JSON field</comment>
        <translation>ausente</translation>
    </message>
    <message>
        <source>The URL validation event has no “plainToken” in its payload.</source>
        <translation>El evento de validación de URL no tiene «plainToken» en su payload.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address (e.g. 127.0.0.1, 0.0.0.0 or ::1).</source>
        <translation>«%1» no es una dirección IP (p. ej. 127.0.0.1, 0.0.0.0 o ::1).</translation>
    </message>
    <message>
        <source>The option --path needs a path that starts with “/”, e.g. /zoom/webhook.</source>
        <translation>La opción --path necesita una ruta que empiece por «/», p. ej. /zoom/webhook.</translation>
    </message>
    <message>
        <source>HTTPS needs both --cert and --key.</source>
        <translation>HTTPS necesita --cert y --key a la vez.</translation>
    </message>
    <message>
        <source>Listening for Zoom webhooks at %1</source>
        <translation>Escuchando webhooks de Zoom en %1</translation>
    </message>
    <message>
        <source>No Secret Token (none stored, no --secret-env): every request is answered 503 until one is set.</source>
        <translation>Sin Secret Token (no hay ninguno guardado ni --secret-env): cada petición recibe 503 hasta que se configure uno.</translation>
    </message>
    <message>
        <source>200 answered Zoom&apos;s URL validation</source>
        <translation>200: respondida la validación de URL de Zoom</translation>
    </message>
    <message>
        <source>200 stored %1 as event %2</source>
        <translation>200: %1 guardado como evento %2</translation>
    </message>
    <message>
        <source>200 ignored a duplicate of %1 (stored before)</source>
        <translation>200: ignorado un duplicado de %1 (ya guardado)</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 rechazada: %2</translation>
    </message>
    <message>
        <source>Environment variable that holds the webhook Secret Token</source>
        <translation>Variable de entorno que contiene el Secret Token del webhook</translation>
    </message>
    <message>
        <source>Check a webhook&apos;s signature over the body on standard input; exit 0 valid, 1 invalid (--json: valid, reason, message)</source>
        <translation>Comprobar la firma de un webhook sobre el cuerpo de la entrada estándar; termina con 0 si es válida, 1 si no (--json: valid, reason, message)</translation>
    </message>
    <message>
        <source>The x-zm-request-timestamp header (seconds)</source>
        <translation>La cabecera x-zm-request-timestamp (segundos)</translation>
    </message>
    <message>
        <source>The x-zm-signature header (v0=…)</source>
        <translation>La cabecera x-zm-signature (v0=…)</translation>
    </message>
    <message>
        <source>Check against this time in seconds since 1970 instead of the clock</source>
        <translation>Comprobar con este instante en segundos desde 1970 en lugar del reloj</translation>
    </message>
    <message>
        <source>Largest difference in seconds between timestamp and now (default 300)</source>
        <translation>Diferencia máxima en segundos entre la marca de tiempo y ahora (300 por defecto)</translation>
    </message>
    <message>
        <source>Print the JSON answer to the endpoint.url_validation event on standard input</source>
        <translation>Mostrar la respuesta JSON al evento endpoint.url_validation de la entrada estándar</translation>
    </message>
    <message>
        <source>Receive Zoom&apos;s webhooks into the database until interrupted; one line per request</source>
        <translation>Recibir los webhooks de Zoom en la base de datos hasta que se interrumpa; una línea por petición</translation>
    </message>
    <message>
        <source>IP address to listen on (default 127.0.0.1)</source>
        <translation>Dirección IP en la que escuchar (127.0.0.1 por defecto)</translation>
    </message>
    <message>
        <source>Port to listen on (default 0: any free port)</source>
        <translation>Puerto en el que escuchar (0 por defecto: cualquier puerto libre)</translation>
    </message>
    <message>
        <source>Path of the endpoint (default /zoom/webhook)</source>
        <translation>Ruta del endpoint (/zoom/webhook por defecto)</translation>
    </message>
    <message>
        <source>TLS certificate (PEM) for HTTPS</source>
        <translation>Certificado TLS (PEM) para HTTPS</translation>
    </message>
    <message>
        <source>Private key (PEM, unencrypted) of the certificate</source>
        <translation>Clave privada (PEM, sin cifrar) del certificado</translation>
    </message>
    <message>
        <source>Largest difference in seconds between a request&apos;s timestamp and now (default 300)</source>
        <translation>Diferencia máxima en segundos entre la marca de tiempo de una petición y ahora (300 por defecto)</translation>
    </message>
    <message>
        <source>Largest request body accepted (default 524288)</source>
        <translation>Cuerpo de petición más grande aceptado (524288 por defecto)</translation>
    </message>
    <message>
        <source>“%1” needs --%2.</source>
        <translation>«%1» necesita --%2.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set; it must hold the webhook Secret Token.</source>
        <translation>La variable de entorno %1 está vacía o no existe; debe contener el Secret Token del webhook.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ZoomCommands</name>
    <message>
        <source>The environment variable %1 is empty or not set; it must hold the Client Secret.</source>
        <translation>La variable de entorno %1 está vacía o no existe; debe contener el Client Secret.</translation>
    </message>
    <message>
        <source>Zoom&apos;s address: https://zoom.us, https://zoomgov.com or a sandbox&apos;s</source>
        <translation>Dirección de Zoom: https://zoom.us, https://zoomgov.com o la de un entorno de pruebas</translation>
    </message>
    <message>
        <source>The app&apos;s Account ID</source>
        <translation>El Account ID de la aplicación</translation>
    </message>
    <message>
        <source>The app&apos;s Client ID</source>
        <translation>El Client ID de la aplicación</translation>
    </message>
    <message>
        <source>Environment variable that holds the Client Secret</source>
        <translation>Variable de entorno que contiene el Client Secret</translation>
    </message>
    <message>
        <source>“zoom check” with options needs all of --base-url, --account-id, --client-id and --client-secret-env (--%1 is missing); without options it checks the stored credentials.</source>
        <translation>«zoom check» con opciones necesita --base-url, --account-id, --client-id y --client-secret-env (falta --%1); sin opciones comprueba las credenciales guardadas.</translation>
    </message>
    <message>
        <source>Exchange a token and list every scope as granted or missing; exit 1 when a required one is missing. Without options it uses the stored credentials</source>
        <translation>Obtener un token y listar cada permiso como concedido o ausente; termina con 1 si falta uno obligatorio. Sin opciones usa las credenciales guardadas</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>concedido</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Token received from %1; API at %2.</source>
        <translation>Token recibido de %1; API en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n required scope(s) missing. Add them to the app in the Zoom App Marketplace.</source>
        <translation>
            <numerusform>Falta %n ámbito obligatorio. Añádalo a la aplicación en el Zoom App Marketplace.</numerusform>
            <numerusform>Faltan %n ámbitos obligatorios. Añádalos a la aplicación en el Zoom App Marketplace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::CreateAppWizardPage</name>
    <message>
        <source>Create the app in the Zoom App Marketplace</source>
        <translation>Cree la aplicación en Zoom App Marketplace</translation>
    </message>
    <message>
        <source>Keep this window open beside the browser.</source>
        <translation>Mantenga esta ventana abierta junto al navegador.</translation>
    </message>
    <message>
        <source>Sign in at &lt;a href=&quot;https://marketplace.zoom.us/&quot;&gt;marketplace.zoom.us&lt;/a&gt; with the account you want to connect.</source>
        <translation>Inicie sesión en &lt;a href=&quot;https://marketplace.zoom.us/&quot;&gt;marketplace.zoom.us&lt;/a&gt; con la cuenta que desea conectar.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Develop&lt;/b&gt; (top right), then &lt;b&gt;Build App&lt;/b&gt;.</source>
        <translation>Haga clic en &lt;b&gt;Develop&lt;/b&gt; (arriba a la derecha) y luego en &lt;b&gt;Build App&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Server-to-Server OAuth App&lt;/b&gt; and click &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>Elija &lt;b&gt;Server-to-Server OAuth App&lt;/b&gt; y haga clic en &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Give the app a name, for example “Roomdesk”, and click &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>Dé un nombre a la aplicación, por ejemplo «Roomdesk», y haga clic en &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;App Credentials&lt;/b&gt; page shows the &lt;b&gt;Account ID&lt;/b&gt;, the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Client Secret&lt;/b&gt;; each has a copy button. You paste them on the next page.</source>
        <translation>La página &lt;b&gt;App Credentials&lt;/b&gt; muestra el &lt;b&gt;Account ID&lt;/b&gt;, el &lt;b&gt;Client ID&lt;/b&gt; y el &lt;b&gt;Client Secret&lt;/b&gt;, cada uno con un botón para copiar. Los pegará en la página siguiente.</translation>
    </message>
    <message>
        <source>Fill in the &lt;b&gt;Information&lt;/b&gt; page (app description, developer name and e-mail) and continue; scopes and the event subscription come after the credentials.</source>
        <translation>Complete la página &lt;b&gt;Information&lt;/b&gt; (descripción de la aplicación, nombre y correo del desarrollador) y continúe; los permisos y la suscripción a eventos vienen después de las credenciales.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CredentialFields</name>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Secret Token</source>
        <translation>Secret Token</translation>
    </message>
    <message>
        <source>Paste the %1 from the app&apos;s page in the Zoom App Marketplace.</source>
        <translation>Pegue el %1 de la página de la aplicación en Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>This is an address, not the %1. Copy the value shown next to “%1” in the Marketplace.</source>
        <translation>Esto es una dirección, no el %1. Copie el valor que aparece junto a «%1» en el Marketplace.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address, not the %1.</source>
        <translation>Esto parece una dirección de correo electrónico, no el %1.</translation>
    </message>
    <message>
        <source>The %1 contains a space or a line break; only part of it, or two values, were copied. Copy it again with the Marketplace&apos;s copy button.</source>
        <translation>El %1 contiene un espacio o un salto de línea: se copió solo una parte o dos valores. Cópielo de nuevo con el botón de copiar del Marketplace.</translation>
    </message>
    <message>
        <source>The %1 contains “%2”; Zoom&apos;s values have only Latin letters, digits, “-” and “_”.</source>
        <translation>El %1 contiene «%2»; los valores de Zoom solo tienen letras latinas, dígitos, «-» y «_».</translation>
    </message>
    <message numerus="yes">
        <source>The %1 is too short (%n character(s)); Zoom&apos;s are at least %2. Part of it may be missing.</source>
        <translation>
            <numerusform>El %1 es demasiado corto (%n carácter); los de Zoom tienen al menos %2. Puede faltar una parte.</numerusform>
            <numerusform>El %1 es demasiado corto (%n caracteres); los de Zoom tienen al menos %2. Puede faltar una parte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 is too long (%n character(s)); several values may have been pasted together.</source>
        <translation>
            <numerusform>El %1 es demasiado largo (%n carácter); puede que se hayan pegado varios valores juntos.</numerusform>
            <numerusform>El %1 es demasiado largo (%n caracteres); puede que se hayan pegado varios valores juntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Account ID and the Client ID are identical; one of them was pasted into both fields.</source>
        <translation>El Account ID y el Client ID son idénticos: uno de ellos se pegó en los dos campos.</translation>
    </message>
    <message>
        <source>Choose where the Zoom account lives: https://zoom.us, https://zoomgov.com or the address of a sandbox.</source>
        <translation>Elija dónde está la cuenta de Zoom: https://zoom.us, https://zoomgov.com o la dirección de un sandbox.</translation>
    </message>
    <message>
        <source>“%1” is not an origin such as https://zoom.us (no path, query or user name).</source>
        <translation>«%1» no es un origen como https://zoom.us (sin ruta, consulta ni nombre de usuario).</translation>
    </message>
    <message>
        <source>Use https://%1: tokens come from there, and Zoom&apos;s answer tells where the API is.</source>
        <translation>Use https://%1: los tokens se obtienen allí y la respuesta de Zoom indica dónde está la API.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CredentialsForm</name>
    <message>
        <source>Asking Zoom for a token…</source>
        <translation>Pidiendo un token a Zoom…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: Zoom issued a token with all %n required scope(s).</source>
        <translation>
            <numerusform>Conectado: Zoom emitió un token con el %n permiso obligatorio.</numerusform>
            <numerusform>Conectado: Zoom emitió un token con los %n permisos obligatorios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected, but only %1 of the %n required scope(s) are granted; the next step lists the missing ones.</source>
        <translation>
            <numerusform>Conectado, pero solo se concedieron %1 de %n permiso obligatorio; el siguiente paso muestra los que faltan.</numerusform>
            <numerusform>Conectado, pero solo se concedieron %1 de los %n permisos obligatorios; el siguiente paso muestra los que faltan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom (zoom.us)</source>
        <translation>Zoom (zoom.us)</translation>
    </message>
    <message>
        <source>Zoom for Government (zoomgov.com)</source>
        <translation>Zoom for Government (zoomgov.com)</translation>
    </message>
    <message>
        <source>Another address (a sandbox)…</source>
        <translation>Otra dirección (un sandbox)…</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080</source>
        <translation>http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Zoom &amp;account:</source>
        <translation>&amp;Cuenta de Zoom:</translation>
    </message>
    <message>
        <source>22 characters, e.g. Mo60sacU1RGt2b4vbya-jg</source>
        <translation>22 caracteres, p. ej. Mo60sacU1RGt2b4vbya-jg</translation>
    </message>
    <message>
        <source>from the app&apos;s App Credentials page</source>
        <translation>de la página App Credentials de la aplicación</translation>
    </message>
    <message>
        <source>32 characters; kept only in the system keychain</source>
        <translation>32 caracteres; se guarda solo en el llavero del sistema</translation>
    </message>
    <message>
        <source>Hide the Client Secret</source>
        <translation>Ocultar el Client Secret</translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation>Mostrar el Client Secret</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Stored; paste to replace it</source>
        <translation>Guardado; pegue otro para reemplazarlo</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CredentialsWizardPage</name>
    <message>
        <source>App credentials</source>
        <translation>Credenciales de la aplicación</translation>
    </message>
    <message>
        <source>Paste the three values from the app&apos;s App Credentials page, then test the connection. The Client Secret is kept only in the system keychain.</source>
        <translation>Pegue los tres valores de la página App Credentials de la aplicación y pruebe la conexión. El Client Secret se guarda solo en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CsvReader</name>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>El archivo no es texto UTF-8; guárdelo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 never ends; a closing &quot; is missing.</source>
        <translation>Un campo entre comillas que empieza en la línea %1 no termina; falta la &quot; de cierre.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CsvWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a device, not a database file.</source>
        <translation>«%1» es una carpeta o un dispositivo, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be read. Check its permissions.</source>
        <translation>No se puede leer el archivo de base de datos «%1». Revise sus permisos.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Roomdesk database. It was left untouched.</source>
        <translation>«%1» es una base de datos SQLite de otro programa, no de Roomdesk. No se ha modificado.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of Roomdesk (schema %1; this version knows up to %2). It was left untouched; update Roomdesk to open it.</source>
        <translation>Esta base de datos la creó una versión más reciente de Roomdesk (esquema %1; esta versión conoce hasta el %2). No se ha modificado; actualice Roomdesk para abrirla.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged (%2). It was left untouched; restore a backup.</source>
        <translation>La base de datos «%1» está dañada (%2). No se ha modificado; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; nothing was changed. %2</source>
        <translation>No se pudo actualizar la base de datos al esquema %1; no se cambió nada. %2</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close the other Roomdesk window or command and try again.</source>
        <translation>Otro programa tiene bloqueada la base de datos. Cierre la otra ventana o comando de Roomdesk e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file is not a Roomdesk database or it is damaged (%1). It was left untouched; restore a backup or choose another file.</source>
        <translation>El archivo no es una base de datos de Roomdesk o está dañado (%1). No se ha modificado; restaure una copia de seguridad o elija otro archivo.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions.</source>
        <translation>El archivo de base de datos es de solo lectura. Revise sus permisos.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno; no se guardó nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A database operation failed (%1): %2</source>
        <translation>Falló una operación de la base de datos (%1): %2</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened: %2</source>
        <translation>No se puede abrir el archivo de base de datos «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::DriftBar</name>
    <message>
        <source>Take Zoom&apos;s values</source>
        <translation>Tomar los valores de Zoom</translation>
    </message>
    <message>
        <source>Keep Roomdesk&apos;s values</source>
        <translation>Conservar los valores de Roomdesk</translation>
    </message>
    <message>
        <source>Someone deleted the meeting of “%1” in Zoom.</source>
        <translation>Alguien eliminó en Zoom la reunión de «%1».</translation>
    </message>
    <message>
        <source>Taking Zoom&apos;s values cancels the event here too and frees its room. Keeping Roomdesk&apos;s values creates the meeting in Zoom again, with a new join link.</source>
        <translation>Si toma los valores de Zoom, el evento también se cancela aquí y su sala queda libre. Si conserva los valores de Roomdesk, la reunión se vuelve a crear en Zoom, con un nuevo enlace para unirse.</translation>
    </message>
    <message>
        <source>Cancel the event and free its room</source>
        <translation>Cancelar el evento y liberar su sala</translation>
    </message>
    <message>
        <source>Create the meeting in Zoom again</source>
        <translation>Volver a crear la reunión en Zoom</translation>
    </message>
    <message>
        <source>Someone changed “%1” in Zoom:</source>
        <translation>Alguien cambió «%1» en Zoom:</translation>
    </message>
    <message>
        <source>Roomdesk takes Zoom&apos;s values; the room booking follows a new time</source>
        <translation>Roomdesk toma los valores de Zoom; la reserva de la sala sigue la nueva hora</translation>
    </message>
    <message>
        <source>Zoom gets Roomdesk&apos;s values back</source>
        <translation>Zoom recupera los valores de Roomdesk</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Event</name>
    <message>
        <source>Pending room</source>
        <translation>Sala pendiente</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Aún no iniciado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Waiting for a room</source>
        <translation>Esperando sala</translation>
    </message>
    <message>
        <source>Sending to Zoom</source>
        <translation>Enviando a Zoom</translation>
    </message>
    <message>
        <source>In Zoom</source>
        <translation>En Zoom</translation>
    </message>
    <message>
        <source>Zoom&apos;s answer was lost; checking before any retry</source>
        <translation>Se perdió la respuesta de Zoom; se comprueba antes de reintentar</translation>
    </message>
    <message>
        <source>Zoom refused</source>
        <translation>Zoom lo rechazó</translation>
    </message>
    <message>
        <source>Changed in Zoom</source>
        <translation>Cambiado en Zoom</translation>
    </message>
    <message>
        <source>Deleted in Zoom</source>
        <translation>Eliminado en Zoom</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventDetailsPanel</name>
    <message>
        <source>Conference name in Zoom</source>
        <translation>Nombre de la conferencia en Zoom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom&apos;s answer</source>
        <translation>Respuesta de Zoom</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Por qué espera</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Enlace para unirse</translation>
    </message>
    <message>
        <source>Participants use the group&apos;s link</source>
        <translation>Los participantes usan el enlace del grupo</translation>
    </message>
    <message>
        <source>Zoom meeting ID</source>
        <translation>ID de reunión de Zoom</translation>
    </message>
    <message>
        <source>Zoom meeting UUID</source>
        <translation>UUID de reunión de Zoom</translation>
    </message>
    <message>
        <source>Zoom host</source>
        <translation>Anfitrión en Zoom</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Seleccione un evento para ver sus detalles.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None yet (asked for %1)</source>
        <translation>Ninguna todavía (se pidió %1)</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventFormDialog</name>
    <message>
        <source>online</source>
        <comment>the default location of an event</comment>
        <translation>en línea</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Automatic — waiting for a room</source>
        <translation>Automática: esperando una sala</translation>
    </message>
    <message>
        <source>Automatic: the first free room</source>
        <translation>Automática: la primera sala libre</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>by hand only</source>
        <translation>solo a mano</translation>
    </message>
    <message>
        <source>no webinar licence</source>
        <translation>sin licencia de seminario web</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>program · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> — own link on %1</source>
        <translation> — enlace propio en %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>characters used / allowed</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Edit event: %1</source>
        <translation>Editar evento: %1</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Event &amp;topic:</source>
        <translation>&amp;Tema del evento:</translation>
    </message>
    <message>
        <source>Co&amp;nference name:</source>
        <translation>&amp;Nombre de la conferencia:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Admission:</source>
        <translation>Admisión:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Af&amp;oro:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>D&amp;escription (sent to Zoom as the agenda):</source>
        <translation>Des&amp;cripción (se envía a Zoom como orden del día):</translation>
    </message>
    <message>
        <source>What participants see in their calendar</source>
        <translation>Lo que ven los participantes en su calendario</translation>
    </message>
    <message>
        <source>Same as the event topic</source>
        <translation>Igual que el tema del evento</translation>
    </message>
    <message>
        <source>The meeting&apos;s or webinar&apos;s topic in Zoom, at most 200 characters</source>
        <translation>El tema de la reunión o del seminario web en Zoom, 200 caracteres como máximo</translation>
    </message>
    <message>
        <source>A webinar needs a room with a webinar licence</source>
        <translation>Un seminario web necesita una sala con licencia de seminario web</translation>
    </message>
    <message>
        <source>The IANA time zone the start time is in, e.g. Europe/Madrid; type to search</source>
        <translation>La zona horaria IANA de la hora de inicio, p. ej. Europe/Madrid; escriba para buscar</translation>
    </message>
    <message>
        <source>h</source>
        <comment>hours of a duration</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes of a duration</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>An event keeps its room when edited. To move it, use the room calendar, or cancel the event and create it again.</source>
        <translation>Un evento conserva su sala al editarlo. Para cambiarla, use el calendario de salas o cancele el evento y vuelva a crearlo.</translation>
    </message>
    <message>
        <source>Automatic picks the first free active, automatic room, buffers included</source>
        <translation>«Automática» elige la primera sala activa y automática que esté libre, márgenes incluidos</translation>
    </message>
    <message>
        <source>Where participants go: “online”, or a place for a hybrid session</source>
        <translation>Adónde van los participantes: «en línea» o un lugar para una sesión híbrida</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Anyone&apos;s name</source>
        <translation>El nombre de cualquier persona</translation>
    </message>
    <message>
        <source>&amp;Waiting room: the host admits participants</source>
        <translation>Sala de &amp;espera: el anfitrión admite a los participantes</translation>
    </message>
    <message>
        <source>&amp;Automatic admission: participants join at once</source>
        <translation>Admisión a&amp;utomática: los participantes entran directamente</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save and create in Zoom</source>
        <translation>Guardar y crear en Zoom</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saving the changes and sending them to Zoom…</source>
        <translation>Guardando los cambios y enviándolos a Zoom…</translation>
    </message>
    <message>
        <source>Saving the event, finding a room and creating it in Zoom…</source>
        <translation>Guardando el evento, buscando sala y creándolo en Zoom…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Tra&amp;iner:</source>
        <translation>&amp;Formador:</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventRepository</name>
    <message>
        <source>There is no event %1.</source>
        <translation>No existe el evento %1.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventSync</name>
    <message>
        <source>The room %1 has no webinar licence; choose a webinar-capable room or let Roomdesk choose one.</source>
        <translation>La sala %1 no tiene licencia de seminarios web; elija una sala que la tenga o deje que Roomdesk la elija.</translation>
    </message>
    <message>
        <source>No room has the e-mail %1. “rooms list” shows the rooms.</source>
        <translation>Ninguna sala tiene el correo %1. «rooms list» muestra las salas.</translation>
    </message>
    <message>
        <source>No active, automatic room has a webinar licence, so this webinar could never get a room. Mark a room with a webinar licence as such and activate it, or choose the room.</source>
        <translation>Ninguna sala activa y automática tiene licencia de seminarios web, así que este seminario web nunca obtendría sala. Marque como tal una sala con licencia de seminarios web y actívela, o elija la sala.</translation>
    </message>
    <message>
        <source>No room is free at that time, buffers included (%1). The event waits for a room and is created in Zoom as soon as one frees up; contact the administrators if it is urgent.</source>
        <translation>No hay ninguna sala libre a esa hora, contando los márgenes (%1). El evento espera una sala y se crea en Zoom en cuanto quede una libre; si es urgente, contacte con los administradores.</translation>
    </message>
    <message>
        <source>The event expects %1 participants but the room %2 admits %3; the rest cannot join.</source>
        <translation>El evento prevé %1 participantes, pero la sala %2 admite %3; el resto no podrá entrar.</translation>
    </message>
    <message>
        <source>Event %1 is cancelled; it cannot change.</source>
        <translation>El evento %1 está cancelado; no puede cambiar.</translation>
    </message>
    <message>
        <source>Event %1 has started in Zoom already; it cannot change any more.</source>
        <translation>El evento %1 ya empezó en Zoom; ya no puede cambiar.</translation>
    </message>
    <message>
        <source>An event keeps its room when edited. To move it, use “Assign room” in the calendar before it is created in Zoom, or cancel it and create it again.</source>
        <translation>Un evento conserva su sala al editarlo. Para moverlo, use «Asignar sala» en el calendario antes de que se cree en Zoom, o cancélelo y vuelva a crearlo.</translation>
    </message>
    <message>
        <source>Event %1 was changed in Zoom. Take Zoom&apos;s values or push Roomdesk&apos;s first.</source>
        <translation>El evento %1 se cambió en Zoom. Primero tome los valores de Zoom o envíe los de Roomdesk.</translation>
    </message>
    <message>
        <source>Event %1 is cancelled already.</source>
        <translation>El evento %1 ya está cancelado.</translation>
    </message>
    <message>
        <source>Event %1 is in progress in Zoom; end it there before cancelling it.</source>
        <translation>El evento %1 está en curso en Zoom; finalícelo allí antes de cancelarlo.</translation>
    </message>
    <message>
        <source>The room %1 is a Basic (unlicensed) Zoom user, who cannot host scheduled meetings or webinars. Give the user a licence in Zoom, or deactivate the room.</source>
        <translation>La sala %1 es un usuario Básico (sin licencia) de Zoom, que no puede organizar reuniones programadas ni seminarios web. Asigne una licencia al usuario en Zoom o desactive la sala.</translation>
    </message>
    <message>
        <source>Zoom has no user %1, the room&apos;s host. Correct the room&apos;s e-mail.</source>
        <translation>Zoom no tiene el usuario %1, el anfitrión de la sala. Corrija el correo de la sala.</translation>
    </message>
    <message>
        <source>Zoom is not connected: the event is saved and goes to Zoom when the connection is set up and Roomdesk synchronizes.</source>
        <translation>Zoom no está conectado: el evento se guarda y pasa a Zoom cuando se configure la conexión y Roomdesk sincronice.</translation>
    </message>
    <message>
        <source>Zoom&apos;s answer to the creation was lost (%1); Roomdesk looks for the meeting before it tries again.</source>
        <translation>Se perdió la respuesta de Zoom a la creación (%1); Roomdesk busca la reunión antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Zoom could not be reached (%1); the event is saved and Roomdesk sends it again when it synchronizes.</source>
        <translation>No se pudo contactar con Zoom (%1); el evento se guarda y Roomdesk lo vuelve a enviar al sincronizar.</translation>
    </message>
    <message>
        <source>Zoom&apos;s answer to the creation was lost and Roomdesk cannot look for the webinar without the optional scope webinar:read:list_webinars:admin. Add the scope, or look in Zoom: nothing is sent again until this is settled.</source>
        <translation>Se perdió la respuesta de Zoom a la creación y Roomdesk no puede buscar el seminario web sin el permiso opcional webinar:read:list_webinars:admin. Añada el permiso o revise Zoom: no se vuelve a enviar nada hasta resolverlo.</translation>
    </message>
    <message>
        <source>Zoom&apos;s answer to the creation was lost and the check failed too (%1); Roomdesk looks again before any retry.</source>
        <translation>Se perdió la respuesta de Zoom a la creación y la comprobación también falló (%1); Roomdesk vuelve a mirar antes de reintentar.</translation>
    </message>
    <message numerus="yes">
        <source>Zoom did not create the meeting in %n attempt(s); check the connection and synchronize again.</source>
        <translation>
            <numerusform>Zoom no creó la reunión en %n intento; compruebe la conexión y vuelva a sincronizar.</numerusform>
            <numerusform>Zoom no creó la reunión en %n intentos; compruebe la conexión y vuelva a sincronizar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom has the meeting but Roomdesk could not read it (%1); it tries again when it synchronizes.</source>
        <translation>Zoom tiene la reunión, pero Roomdesk no pudo leerla (%1); lo vuelve a intentar al sincronizar.</translation>
    </message>
    <message>
        <source>Zoom is not connected: the change goes to Zoom when Roomdesk synchronizes.</source>
        <translation>Zoom no está conectado: el cambio pasa a Zoom cuando Roomdesk sincronice.</translation>
    </message>
    <message>
        <source>Zoom did not confirm the change (%1); Roomdesk sends it again when it synchronizes.</source>
        <translation>Zoom no confirmó el cambio (%1); Roomdesk lo vuelve a enviar al sincronizar.</translation>
    </message>
    <message>
        <source>Zoom is not connected: the meeting is deleted in Zoom when Roomdesk synchronizes.</source>
        <translation>Zoom no está conectado: la reunión se elimina en Zoom cuando Roomdesk sincronice.</translation>
    </message>
    <message>
        <source>Cancelled in Roomdesk, but Zoom did not confirm the deletion (%1); Roomdesk tries again when it synchronizes.</source>
        <translation>Cancelado en Roomdesk, pero Zoom no confirmó la eliminación (%1); Roomdesk lo vuelve a intentar al sincronizar.</translation>
    </message>
    <message>
        <source>Cancelled in Roomdesk, but Zoom refused to delete the meeting: %1 Delete it in Zoom.</source>
        <translation>Cancelado en Roomdesk, pero Zoom se negó a eliminar la reunión: %1 Elimínela en Zoom.</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Evento %1: %2</translation>
    </message>
    <message>
        <source>Event %1 matches Zoom&apos;s copy; there is nothing to resolve.</source>
        <translation>El evento %1 coincide con la copia de Zoom; no hay nada que resolver.</translation>
    </message>
    <message>
        <source>Zoom&apos;s values cannot be taken: %1 Push Roomdesk&apos;s values instead.</source>
        <translation>No se pueden tomar los valores de Zoom: %1 Envíe en su lugar los valores de Roomdesk.</translation>
    </message>
    <message>
        <source>Zoom&apos;s new time does not fit the room: %1 Push Roomdesk&apos;s values instead.</source>
        <translation>La nueva hora de Zoom no cabe en la sala: %1 Envíe en su lugar los valores de Roomdesk.</translation>
    </message>
    <message>
        <source>Event %1 has no Zoom meeting yet, so it has no start link.</source>
        <translation>El evento %1 aún no tiene reunión de Zoom, así que no tiene enlace de inicio.</translation>
    </message>
    <message>
        <source>Zoom is not connected.</source>
        <translation>Zoom no está conectado.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>start (time zone&apos;s city)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1 (in Zoom: %2)</source>
        <translation>%1 (en Zoom: %2)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <comment>time zone&apos;s city</comment>
        <translation>Inicio (%1)</translation>
    </message>
    <message>
        <source>Event topic</source>
        <translation>Tema del evento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1; in Zoom: %2</source>
        <translation>%1; en Zoom: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventTexts</name>
    <message>
        <source>empty</source>
        <comment>a description with no text</comment>
        <translation>vacía</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Seminario web</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day name, then date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <source>Automatic admission</source>
        <translation>Admisión automática</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>program · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>The meeting was deleted in Zoom.</source>
        <translation>La reunión se eliminó en Zoom.</translation>
    </message>
    <message>
        <source>%1: %2 in Roomdesk, %3 in Zoom</source>
        <translation>%1: %2 en Roomdesk, %3 en Zoom</translation>
    </message>
    <message>
        <source>Conference name</source>
        <translation>Nombre de la conferencia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admisión</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventValidation</name>
    <message>
        <source>Enter the event topic.</source>
        <translation>Escriba el tema del evento.</translation>
    </message>
    <message numerus="yes">
        <source>The event topic has %n character(s); at most 255 are allowed.</source>
        <translation>
            <numerusform>El tema del evento tiene %n carácter; se permiten 255 como máximo.</numerusform>
            <numerusform>El tema del evento tiene %n caracteres; se permiten 255 como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event topic must fit on one line.</source>
        <translation>El tema del evento debe caber en una línea.</translation>
    </message>
    <message numerus="yes">
        <source>The conference name has %n character(s); Zoom allows at most 200.</source>
        <translation>
            <numerusform>El nombre de la conferencia tiene %n carácter; Zoom admite 200 como máximo.</numerusform>
            <numerusform>El nombre de la conferencia tiene %n caracteres; Zoom admite 200 como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conference name must fit on one line.</source>
        <translation>El nombre de la conferencia debe caber en una línea.</translation>
    </message>
    <message>
        <source>The event topic is longer than the 200 characters Zoom allows for a conference name; enter a shorter conference name.</source>
        <translation>El tema del evento supera los 200 caracteres que Zoom admite como nombre de conferencia; escriba un nombre de conferencia más corto.</translation>
    </message>
    <message>
        <source>Choose the time zone of the start time.</source>
        <translation>Elija la zona horaria de la hora de inicio.</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone such as Europe/Madrid.</source>
        <translation>«%1» no es una zona horaria IANA como Europe/Madrid.</translation>
    </message>
    <message>
        <source>Enter the start date and time.</source>
        <translation>Escriba la fecha y la hora de inicio.</translation>
    </message>
    <message>
        <source>The start date must be between the years 2000 and 2099.</source>
        <translation>La fecha de inicio debe estar entre los años 2000 y 2099.</translation>
    </message>
    <message>
        <source>The duration must be from 1 minute to 23 h 59 min (1439 minutes).</source>
        <translation>La duración debe ir de 1 minuto a 23 h 59 min (1439 minutos).</translation>
    </message>
    <message>
        <source>“%1” is not a room&apos;s e-mail address.</source>
        <translation>«%1» no es el correo de una sala.</translation>
    </message>
    <message numerus="yes">
        <source>The location has %n character(s); at most 255 are allowed.</source>
        <translation>
            <numerusform>La ubicación tiene %n carácter; se permiten 255 como máximo.</numerusform>
            <numerusform>La ubicación tiene %n caracteres; se permiten 255 como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The location must fit on one line.</source>
        <translation>La ubicación debe caber en una línea.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number from 1 to 100000, or empty for no limit.</source>
        <translation>La capacidad debe ser un número entero de 1 a 100000, o quedar vacía para no tener límite.</translation>
    </message>
    <message numerus="yes">
        <source>The trainer&apos;s name has %n character(s); at most 255 are allowed.</source>
        <translation>
            <numerusform>El nombre del formador tiene %n carácter; se permiten 255 como máximo.</numerusform>
            <numerusform>El nombre del formador tiene %n caracteres; se permiten 255 como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trainer&apos;s name must fit on one line.</source>
        <translation>El nombre del formador debe caber en una línea.</translation>
    </message>
    <message numerus="yes">
        <source>The description has %n character(s); Zoom allows at most 2000.</source>
        <translation>
            <numerusform>La descripción tiene %n carácter; Zoom admite 2000 como máximo.</numerusform>
            <numerusform>La descripción tiene %n caracteres; Zoom admite 2000 como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roomdesk does not schedule events in a Personal Meeting ID: a PMI is one host&apos;s permanent room, so the shared room pool could not plan around it. Each event gets its own meeting ID.</source>
        <translation>Roomdesk no programa eventos en un ID de reunión personal: un PMI es la sala permanente de un anfitrión, así que el grupo compartido de salas no podría planificar en torno a él. Cada evento recibe su propio ID de reunión.</translation>
    </message>
    <message>
        <source>Recurring meetings are not supported: create one event per session, so that each gets a room and its own attendance report.</source>
        <translation>Las reuniones periódicas no se admiten: cree un evento por sesión, para que cada una tenga sala y su propio informe de asistencia.</translation>
    </message>
    <message>
        <source>A meeting cannot become a webinar: Zoom keeps them apart. Cancel this event and create a webinar instead.</source>
        <translation>Una reunión no puede convertirse en seminario web: Zoom los mantiene separados. Cancele este evento y cree un seminario web.</translation>
    </message>
    <message>
        <source>A webinar cannot become a meeting: Zoom keeps them apart. Cancel this event and create a meeting instead.</source>
        <translation>Un seminario web no puede convertirse en reunión: Zoom los mantiene separados. Cancele este evento y cree una reunión.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventsPage</name>
    <message>
        <source>Cancel the event</source>
        <translation>Cancelar el evento</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerlo</translation>
    </message>
    <message>
        <source>Synchronizing with Zoom: %1</source>
        <translation>Sincronización con Zoom: %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Event forms become Zoom meetings and webinars in the first free room. Times are shown in each event&apos;s own time zone.</source>
        <translation>Los formularios de evento se convierten en reuniones y seminarios web de Zoom en la primera sala libre. Las horas se muestran en la zona horaria de cada evento.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Cancel event…</source>
        <translation>Cancelar evento…</translation>
    </message>
    <message>
        <source>Copy join link</source>
        <translation>Copiar enlace para unirse</translation>
    </message>
    <message>
        <source>The link participants use: the group&apos;s own link, or the Zoom join link</source>
        <translation>El enlace que usan los participantes: el propio del grupo o el enlace de Zoom para unirse</translation>
    </message>
    <message>
        <source>Open start link</source>
        <translation>Abrir enlace de inicio</translation>
    </message>
    <message>
        <source>Asks Zoom for a fresh start link (it expires) and opens it as the room&apos;s host</source>
        <translation>Pide a Zoom un enlace de inicio nuevo (caduca) y lo abre como anfitrión de la sala</translation>
    </message>
    <message>
        <source>Synchronize now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sends what waits for Zoom and looks for changes made in Zoom; Roomdesk also does this every 10 minutes</source>
        <translation>Envía lo pendiente a Zoom y busca cambios hechos en Zoom; Roomdesk también lo hace cada 10 minutos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This week and the next 3</source>
        <translation>Esta semana y las 3 siguientes</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Search topic, room, trainer, status…</source>
        <translation>Buscar tema, sala, formador, estado…</translation>
    </message>
    <message>
        <source>Settle the changes made in Zoom first</source>
        <translation>Resuelva primero los cambios hechos en Zoom</translation>
    </message>
    <message>
        <source>No event matches “%1”.</source>
        <translation>Ningún evento coincide con «%1».</translation>
    </message>
    <message>
        <source>No events in this period. Create one with “New event…”, or show all events.</source>
        <translation>No hay eventos en este periodo. Cree uno con «Nuevo evento…» o muestre todos los eventos.</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Evento guardado.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <source>The meeting is deleted in Zoom, its join link stops working and the room is freed for waiting events. This cannot be undone.</source>
        <translation>La reunión se elimina en Zoom, su enlace para unirse deja de funcionar y la sala queda libre para los eventos en espera. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Its room request is withdrawn. This cannot be undone.</source>
        <translation>Se retira su solicitud de sala. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>¿Cancelar «%1»?</translation>
    </message>
    <message>
        <source>Cancelling the event…</source>
        <translation>Cancelando el evento…</translation>
    </message>
    <message>
        <source>Event cancelled; its room is free again.</source>
        <translation>Evento cancelado; su sala vuelve a estar libre.</translation>
    </message>
    <message>
        <source>Join link copied: %1</source>
        <translation>Enlace para unirse copiado: %1</translation>
    </message>
    <message>
        <source>Asking Zoom for a fresh start link…</source>
        <translation>Pidiendo a Zoom un enlace de inicio nuevo…</translation>
    </message>
    <message>
        <source>The start link could not be opened: no web browser answered.</source>
        <translation>No se pudo abrir el enlace de inicio: ningún navegador respondió.</translation>
    </message>
    <message>
        <source>The start link opened in your web browser, signed in as the room&apos;s host. It expires after about two hours.</source>
        <translation>El enlace de inicio se abrió en su navegador, con la sesión del anfitrión de la sala. Caduca al cabo de unas dos horas.</translation>
    </message>
    <message>
        <source>Synchronizing with Zoom…</source>
        <translation>Sincronizando con Zoom…</translation>
    </message>
    <message>
        <source>Synchronized with Zoom.</source>
        <translation>Sincronizado con Zoom.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending operation(s) finished.</source>
        <translation>
            <numerusform>%n operación pendiente terminada.</numerusform>
            <numerusform>%n operaciones pendientes terminadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting event(s) created in Zoom.</source>
        <translation>
            <numerusform>%n evento en espera creado en Zoom.</numerusform>
            <numerusform>%n eventos en espera creados en Zoom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were changed in Zoom; select them to settle the changes.</source>
        <translation>
            <numerusform>%n evento se cambió en Zoom; selecciónelo para resolver los cambios.</numerusform>
            <numerusform>%n eventos se cambiaron en Zoom; selecciónelos para resolver los cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were deleted in Zoom.</source>
        <translation>
            <numerusform>%n evento se eliminó en Zoom.</numerusform>
            <numerusform>%n eventos se eliminaron en Zoom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n sesión terminó.</numerusform>
            <numerusform>%n sesiones terminaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settling the changes made in Zoom…</source>
        <translation>Resolviendo los cambios hechos en Zoom…</translation>
    </message>
    <message>
        <source>Zoom&apos;s values taken.</source>
        <translation>Se tomaron los valores de Zoom.</translation>
    </message>
    <message>
        <source>Roomdesk&apos;s values sent to Zoom.</source>
        <translation>Valores de Roomdesk enviados a Zoom.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventsWizardPage</name>
    <message>
        <source>Event subscription (optional)</source>
        <translation>Suscripción a eventos (opcional)</translation>
    </message>
    <message>
        <source>In the app&apos;s Features page, turn on Event Subscription, choose Webhook, paste the endpoint URL and add the three events below; then click Validate there.</source>
        <translation>En la página Features de la aplicación, active Event Subscription, elija Webhook, pegue la URL del endpoint y añada los tres eventos de abajo; luego haga clic allí en Validate.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::GroupLinkForm</name>
    <message>
        <source>Choose a group to set where it meets.</source>
        <translation>Elija un grupo para indicar dónde se reúne.</translation>
    </message>
    <message>
        <source>No link: participants get the allocated room&apos;s join link</source>
        <translation>Sin enlace: los participantes reciben el enlace para unirse de la sala asignada</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Enlace:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>Roomdesk::GroupRepository</name>
    <message>
        <source>A program needs a name.</source>
        <translation>Un programa necesita un nombre.</translation>
    </message>
    <message>
        <source>A program&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>El nombre de un programa tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <source>A group&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>El nombre de un grupo tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>There is already a program “%1”; program names are unique, whatever their case.</source>
        <translation>Ya existe un programa «%1»; los nombres de programa son únicos, sin importar mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>No existe el programa %1.</translation>
    </message>
    <message>
        <source>Program “%1” already has a group “%2”; group names are unique within a program, whatever their case.</source>
        <translation>El programa «%1» ya tiene un grupo «%2»; los nombres de grupo son únicos dentro de un programa, sin importar mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>There is no group %1.</source>
        <translation>No existe el grupo %1.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::GroupTreeModel</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>The allocated room&apos;s join link</source>
        <translation>El enlace para unirse de la sala asignada</translation>
    </message>
    <message>
        <source>Program / group</source>
        <translation>Programa / grupo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
</context>
<context>
    <name>Roomdesk::GroupsPage</name>
    <message>
        <source>Add program…</source>
        <translation>Añadir programa…</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Añadir grupo…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation>Dónde se reúne el grupo</translation>
    </message>
    <message>
        <source>Add a program</source>
        <translation>Añadir un programa</translation>
    </message>
    <message>
        <source>Name of the new program:</source>
        <translation>Nombre del nuevo programa:</translation>
    </message>
    <message>
        <source>Program “%1” added.</source>
        <translation>Programa «%1» añadido.</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Añadir un grupo</translation>
    </message>
    <message>
        <source>Name of the new group in “%1”:</source>
        <translation>Nombre del nuevo grupo de «%1»:</translation>
    </message>
    <message>
        <source>Group “%1” added to “%2”; it meets in the built-in Zoom room until you choose another platform.</source>
        <translation>Grupo «%1» añadido a «%2»; se reúne en la sala de Zoom integrada hasta que elija otra plataforma.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Nuevo nombre: «%1».</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Cambiar el nombre del grupo</translation>
    </message>
    <message>
        <source>New name of the group “%1”:</source>
        <translation>Nuevo nombre del grupo «%1»:</translation>
    </message>
    <message>
        <source>Rename the program</source>
        <translation>Cambiar el nombre del programa</translation>
    </message>
    <message>
        <source>New name of the program “%1”:</source>
        <translation>Nuevo nombre del programa «%1»:</translation>
    </message>
    <message>
        <source>Their events stay, without a group.</source>
        <translation>Sus eventos se conservan, sin grupo.</translation>
    </message>
    <message>
        <source>Remove the group</source>
        <translation>Eliminar el grupo</translation>
    </message>
    <message>
        <source>Remove the group “%1” from “%2”?</source>
        <translation>¿Eliminar el grupo «%1» de «%2»?</translation>
    </message>
    <message>
        <source>Group “%1” removed.</source>
        <translation>Grupo «%1» eliminado.</translation>
    </message>
    <message>
        <source>Remove the program</source>
        <translation>Eliminar el programa</translation>
    </message>
    <message numerus="yes">
        <source>Remove the program “%1” and its %n group(s)?</source>
        <translation>
            <numerusform>¿Eliminar el programa «%1» y su %n grupo?</numerusform>
            <numerusform>¿Eliminar el programa «%1» y sus %n grupos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Program “%1” removed.</source>
        <translation>Programa «%1» eliminado.</translation>
    </message>
    <message>
        <source>Where “%1” meets is saved: %2.</source>
        <translation>Guardado dónde se reúne «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::GuiApplication</name>
    <message>
        <source>Start with a demo database and the local Zoom sandbox; your own data is not touched</source>
        <translation>Iniciar con una base de datos de demostración y el entorno de pruebas local de Zoom; sus datos no se tocan</translation>
    </message>
    <message>
        <source>Use this database file</source>
        <translation>Usar este archivo de base de datos</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Render the main window at 1280×800 to a PNG file and exit</source>
        <translation>Guardar la ventana principal a 1280×800 en un archivo PNG y salir</translation>
    </message>
    <message>
        <source>Print diagnostic messages</source>
        <translation>Mostrar mensajes de diagnóstico</translation>
    </message>
    <message>
        <source>Show help and exit</source>
        <translation>Mostrar la ayuda y salir</translation>
    </message>
    <message>
        <source>Show the version and exit</source>
        <translation>Mostrar la versión y salir</translation>
    </message>
    <message>
        <source>The screenshot could not be written to “%1”.</source>
        <translation>No se pudo guardar la captura en «%1».</translation>
    </message>
    <message>
        <source>Run “roomdesk --help” for the options.</source>
        <translation>Ejecute «roomdesk --help» para ver las opciones.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use es, ru or en.</source>
        <translation>Idioma desconocido «%1»; use es, ru o en.</translation>
    </message>
    <message>
        <source>Unknown page “%1”; use one of: %2.</source>
        <translation>Página desconocida «%1»; use una de estas: %2.</translation>
    </message>
    <message>
        <source>The option --screenshot needs a file name.</source>
        <translation>La opción --screenshot necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>The demo folder could not be created: %1</source>
        <translation>No se pudo crear la carpeta de demostración: %1</translation>
    </message>
    <message>
        <source>Roomdesk cannot open its database</source>
        <translation>Roomdesk no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>The page to show: %1; with --screenshot also a page of the setup wizard: %2</source>
        <translation>La página que se muestra: %1; con --screenshot también una página del asistente de configuración: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ICalendarExport</name>
    <message>
        <source>The room is blocked from %1 to %2 (%3), preparation and follow-up time included.</source>
        <translation>La sala está reservada de %1 a %2 (%3), con el tiempo de preparación y posterior incluido.</translation>
    </message>
    <message>
        <source>Waiting for a room.</source>
        <translation>Esperando una sala.</translation>
    </message>
    <message>
        <source>Waiting for a room: %1</source>
        <translation>Esperando una sala: %1</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>No existe la sala %1.</translation>
    </message>
    <message>
        <source>Roomdesk rooms</source>
        <translation>Salas de Roomdesk</translation>
    </message>
    <message>
        <source>Organizer: %1</source>
        <translation>Organizador: %1</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>No se pudo escribir el calendario: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved to %1: %2</source>
        <translation>No se pudo guardar el calendario en %1: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::LinkCaveats</name>
    <message>
        <source>A link Roomdesk does not control</source>
        <translation>Un enlace que Roomdesk no controla</translation>
    </message>
    <message>
        <source>Test the link before the session: Roomdesk checks its form, not whether the meeting behind it exists.</source>
        <translation>Pruebe el enlace antes de la sesión: Roomdesk comprueba su forma, no si existe la reunión a la que lleva.</translation>
    </message>
    <message>
        <source>Security — passcodes, waiting rooms, who may join — is in the hands of %1, not Roomdesk.</source>
        <translation>La seguridad (códigos de acceso, salas de espera, quién puede entrar) está en manos de %1, no de Roomdesk.</translation>
    </message>
    <message>
        <source>Participants need access to %1: the app or a browser, and an account where the provider asks for one.</source>
        <translation>Los participantes necesitan acceso a %1: la aplicación o un navegador, y una cuenta si el proveedor la exige.</translation>
    </message>
    <message>
        <source>Roomdesk cannot start or end the session; whoever owns the link does.</source>
        <translation>Roomdesk no puede iniciar ni terminar la sesión; lo hace quien es dueño del enlace.</translation>
    </message>
    <message>
        <source>Attendance has no durations: Roomdesk knows who joined through it, not how long they stayed.</source>
        <translation>La asistencia no tiene duraciones: Roomdesk sabe quién entró a través de él, no cuánto tiempo se quedó.</translation>
    </message>
    <message>
        <source>Joins outside Roomdesk, with the link passed on by e-mail or chat, are not tracked.</source>
        <translation>No se registran las entradas por fuera de Roomdesk, con el enlace reenviado por correo o chat.</translation>
    </message>
    <message>
        <source>Downtime and support are %1&apos;s: when the platform fails, contact its provider.</source>
        <translation>Las caídas y el soporte son cosa de %1: si la plataforma falla, contacte con su proveedor.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::LinkValidator</name>
    <message>
        <source>Built-in Zoom room</source>
        <translation>Sala de Zoom integrada</translation>
    </message>
    <message>
        <source>Custom Zoom link</source>
        <translation>Enlace de Zoom propio</translation>
    </message>
    <message>
        <source>Zoom webinar link</source>
        <translation>Enlace de webinar de Zoom</translation>
    </message>
    <message>
        <source>The built-in Zoom room needs no link: its join link comes from the allocated room. Choose another platform to use your own link.</source>
        <translation>La sala de Zoom integrada no necesita enlace: su enlace para unirse viene de la sala asignada. Elija otra plataforma para usar un enlace propio.</translation>
    </message>
    <message>
        <source>%1 needs a link, such as %2.</source>
        <translation>%1 necesita un enlace, como %2.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; a link looks like %2.</source>
        <translation>«%1» no es una dirección web; un enlace tiene la forma %2.</translation>
    </message>
    <message>
        <source>Only https links are accepted (this one uses “%1”): anything else travels unencrypted or opens another program.</source>
        <translation>Solo se aceptan enlaces https (este usa «%1»): cualquier otro viaja sin cifrar o abre otro programa.</translation>
    </message>
    <message>
        <source>The link contains a user name before the host, a trick to disguise where it leads.</source>
        <translation>El enlace contiene un nombre de usuario antes del dominio, un truco para disimular adónde lleva.</translation>
    </message>
    <message>
        <source>The link names a port (%1); %2 links do not.</source>
        <translation>El enlace indica un puerto (%1); los enlaces de %2 no lo hacen.</translation>
    </message>
    <message>
        <source>%1 is not a %2 address; the link must be on %3. Lookalike addresses are refused.</source>
        <translation>%1 no es una dirección de %2; el enlace debe estar en %3. Se rechazan las direcciones que imitan a otras.</translation>
    </message>
    <message>
        <source>This is not a %1 join link; such links look like %2.</source>
        <translation>No es un enlace de %1 para unirse; esos enlaces tienen la forma %2.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::MainWindow</name>
    <message>
        <source>Roomdesk — demo</source>
        <translation>Roomdesk — demostración</translation>
    </message>
    <message>
        <source>Roomdesk</source>
        <translation>Roomdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Roomdesk</source>
        <translation>&amp;Acerca de Roomdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Demo mode: local Zoom sandbox, demo database</source>
        <translation>Modo de demostración: entorno de pruebas local de Zoom, base de datos de demostración</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Database in use: %1</source>
        <translation>Base de datos en uso: %1</translation>
    </message>
    <message>
        <source>Demo mode, local Zoom sandbox</source>
        <translation>Modo de demostración, entorno de pruebas local de Zoom</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: conectando…</translation>
    </message>
    <message numerus="yes">
        <source>%1: connected, %n scope(s) granted</source>
        <translation>
            <numerusform>%1: conectado, %n ámbito concedido</numerusform>
            <numerusform>%1: conectado, %n ámbitos concedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not connected — %2</source>
        <translation>%1: sin conectar — %2</translation>
    </message>
    <message>
        <source>Zoom: not connected — run the setup wizard from Settings</source>
        <translation>Zoom: sin conectar — ejecute el asistente de configuración desde Ajustes</translation>
    </message>
    <message>
        <source>Set up the &amp;Zoom connection…</source>
        <translation>Configurar la conexión con &amp;Zoom…</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Exportar iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Exportando el calendario…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n evento exportado a %1.</numerusform>
            <numerusform>%n eventos exportados a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::OverviewTexts</name>
    <message>
        <source>Checking the Zoom connection…</source>
        <translation>Comprobando la conexión con Zoom…</translation>
    </message>
    <message numerus="yes">
        <source>Demo mode: connected to the local Zoom sandbox, %n scope(s) granted.</source>
        <translation>
            <numerusform>Modo de demostración: conectado al entorno de pruebas local de Zoom, %n ámbito concedido.</numerusform>
            <numerusform>Modo de demostración: conectado al entorno de pruebas local de Zoom, %n ámbitos concedidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zoom is connected, %n scope(s) granted.</source>
        <translation>
            <numerusform>Zoom está conectado, %n ámbito concedido.</numerusform>
            <numerusform>Zoom está conectado, %n ámbitos concedidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom is not connected: %1</source>
        <translation>Zoom no está conectado: %1</translation>
    </message>
    <message>
        <source>Zoom is not connected yet: the setup wizard connects it (Settings, or File → Set up the Zoom connection).</source>
        <translation>Zoom todavía no está conectado: lo conecta el asistente de configuración (Configuración, o Archivo → Configurar la conexión con Zoom).</translation>
    </message>
    <message>
        <source>Rooms in the pool: %1, active: %2</source>
        <translation>Salas: %1, activas: %2</translation>
    </message>
    <message>
        <source>Next %1 days — booked: %2, waiting for a room: %3</source>
        <translation>Próximos %1 días — reservadas: %2, esperando sala: %3</translation>
    </message>
    <message>
        <source>Events in the next %1 days: %2</source>
        <translation>Eventos en los próximos %1 días: %2</translation>
    </message>
    <message>
        <source>Today&apos;s sessions, the rooms in use, requests waiting for a room and reports that need attention will be here at a glance. For now, how things stand:</source>
        <translation>Aquí se verán de un vistazo las sesiones de hoy, las salas en uso, las solicitudes que esperan sala y los informes que requieren atención. Por ahora, así están las cosas:</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configuración</translation>
    </message>
    <message>
        <source>Open Rooms</source>
        <translation>Abrir Salas</translation>
    </message>
    <message>
        <source>Open the room calendar</source>
        <translation>Abrir el calendario de salas</translation>
    </message>
    <message>
        <source>Until this page has its own content, the connection and the webhook subscription are on the Settings page.</source>
        <translation>Hasta que esta página tenga su propio contenido, la conexión y la suscripción de webhooks están en la página Configuración.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::PageCatalog</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Today&apos;s sessions, the rooms in use, requests still waiting for a room and reports that need attention, at a glance.</source>
        <translation>Las sesiones de hoy, las salas en uso, las solicitudes que aún esperan sala y los informes que requieren atención, de un vistazo.</translation>
    </message>
    <message>
        <source>Open Integrations</source>
        <translation>Abrir Integraciones</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>The pool of licensed Zoom host accounts that organizers share: which rooms are active, whether they are assigned automatically or only by hand, in which order, and with which buffers.</source>
        <translation>El conjunto de cuentas de anfitrión de Zoom con licencia que comparten los organizadores: qué salas están activas, si se asignan automáticamente o solo a mano, en qué orden y con qué márgenes.</translation>
    </message>
    <message>
        <source>Connect Zoom first; then import licensed users as rooms or add them by e-mail.</source>
        <translation>Conecte Zoom primero; después importe los usuarios con licencia como salas o añádalas por correo electrónico.</translation>
    </message>
    <message>
        <source>Room calendar</source>
        <translation>Calendario de salas</translation>
    </message>
    <message>
        <source>Every room as a row and time as columns: sessions with their preparation, courtesy and post-processing buffers, and the requests still waiting for a room.</source>
        <translation>Cada sala en una fila y el tiempo en columnas: las sesiones con sus márgenes de preparación, cortesía y posprocesamiento, y las solicitudes que aún esperan sala.</translation>
    </message>
    <message>
        <source>Add rooms and activate them; bookings appear here as soon as events get a room.</source>
        <translation>Añada salas y actívelas; las reservas aparecen aquí en cuanto los eventos obtienen sala.</translation>
    </message>
    <message>
        <source>Open Rooms</source>
        <translation>Abrir Salas</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Event forms that become Zoom meetings and webinars in the first free room, with their status from scheduling to the end of the session.</source>
        <translation>Formularios de eventos que se convierten en reuniones y seminarios web de Zoom en la primera sala libre, con su estado desde la programación hasta el final de la sesión.</translation>
    </message>
    <message>
        <source>Activate at least one room, then create your first event.</source>
        <translation>Active al menos una sala y después cree su primer evento.</translation>
    </message>
    <message>
        <source>Groups and links</source>
        <translation>Grupos y enlaces</translation>
    </message>
    <message>
        <source>Programs and their participant groups, and the link each group uses: the built-in Zoom room or its own link on Zoom, Zoom Webinar, Google Meet, Telegram or Microsoft Teams.</source>
        <translation>Los programas y sus grupos de participantes, y el enlace que usa cada grupo: la sala de Zoom integrada o su propio enlace de Zoom, Zoom Webinar, Google Meet, Telegram o Microsoft Teams.</translation>
    </message>
    <message>
        <source>Create a program, then add its participant groups.</source>
        <translation>Cree un programa y después añada sus grupos de participantes.</translation>
    </message>
    <message>
        <source>Attendance reports</source>
        <translation>Informes de asistencia</translation>
    </message>
    <message>
        <source>Who attended each session and for how long, merged across rejoins and devices, exported as CSV for Excel or LibreOffice.</source>
        <translation>Quién asistió a cada sesión y durante cuánto tiempo, unificando reconexiones y dispositivos, exportado como CSV para Excel o LibreOffice.</translation>
    </message>
    <message>
        <source>Reports appear here once an event with attendees has ended.</source>
        <translation>Los informes aparecen aquí cuando termina un evento con asistentes.</translation>
    </message>
    <message>
        <source>Open Events</source>
        <translation>Abrir Eventos</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>The connection to your Zoom account: the Server-to-Server OAuth app, its 24 required scopes and the webhook subscription, each step checked live.</source>
        <translation>La conexión con su cuenta Zoom: la aplicación Server-to-Server OAuth, sus 24 ámbitos obligatorios y la suscripción de webhooks, cada paso comprobado en vivo.</translation>
    </message>
    <message>
        <source>Have your Account ID, Client ID and Client Secret from the Zoom App Marketplace at hand; the setup wizard will guide you through the rest.</source>
        <translation>Tenga a mano su Account ID, Client ID y Client Secret del Zoom App Marketplace; el asistente de configuración le guiará en el resto.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language, buffer policy and defaults, the database in use and diagnostics.</source>
        <translation>Idioma, política de márgenes y valores predeterminados, la base de datos en uso y diagnóstico.</translation>
    </message>
    <message>
        <source>Choose your language in the Language menu; it changes at once.</source>
        <translation>Elija su idioma en el menú Idioma; el cambio es inmediato.</translation>
    </message>
    <message>
        <source>Until this overview is here, the rooms, the room calendar and the events are on the pages on the left.</source>
        <translation>Hasta que llegue este resumen, las salas, el calendario de salas y los eventos están en las páginas de la izquierda.</translation>
    </message>
    <message>
        <source>Open the room calendar</source>
        <translation>Abrir el calendario de salas</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ParticipantPages</name>
    <message>
        <source>Each element of the list must be a page of participants ({…}).</source>
        <translation>Cada elemento de la lista debe ser una página de participantes ({…}).</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after a page.</source>
        <translation>Se esperaba «,» o «]» después de una página.</translation>
    </message>
    <message>
        <source>The file is empty; it should hold Zoom participant pages.</source>
        <translation>El archivo está vacío; debería contener páginas de participantes de Zoom.</translation>
    </message>
    <message>
        <source>Expected a page of participants ({…}) or a list of pages ([…]).</source>
        <translation>Se esperaba una página de participantes ({…}) o una lista de páginas ([…]).</translation>
    </message>
    <message>
        <source>Unexpected text after the pages.</source>
        <translation>Texto inesperado después de las páginas.</translation>
    </message>
    <message>
        <source>Expected a field name in quotes.</source>
        <translation>Se esperaba un nombre de campo entre comillas.</translation>
    </message>
    <message>
        <source>Page %1 lists its participants twice.</source>
        <translation>La página %1 incluye su lista de participantes dos veces.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after a participant.</source>
        <translation>Se esperaba «,» o «]» después de un participante.</translation>
    </message>
    <message>
        <source>Expected “,” or “}” after a field.</source>
        <translation>Se esperaba «,» o «}» después de un campo.</translation>
    </message>
    <message>
        <source>Page %1 has no “participants” list; is this a Zoom participants page?</source>
        <translation>La página %1 no tiene lista «participants»; ¿es una página de participantes de Zoom?</translation>
    </message>
    <message>
        <source>Participant %1 on page %2: “%3” must be text.</source>
        <translation>Participante %1 de la página %2: «%3» debe ser texto.</translation>
    </message>
    <message>
        <source>Participant %1 on page %2 is not an object.</source>
        <translation>El participante %1 de la página %2 no es un objeto.</translation>
    </message>
    <message>
        <source>Participant %1 on page %2 has no join time.</source>
        <translation>El participante %1 de la página %2 no tiene hora de entrada.</translation>
    </message>
    <message>
        <source>Participant %1 on page %2: “%3” is not a time such as 2026-03-02T10:00:00Z.</source>
        <translation>Participante %1 de la página %2: «%3» no es una hora como 2026-03-02T10:00:00Z.</translation>
    </message>
    <message>
        <source>A control character inside text must be escaped.</source>
        <translation>Un carácter de control dentro de un texto debe ir escapado.</translation>
    </message>
    <message>
        <source>The text is not closed with a quote.</source>
        <translation>El texto no se cierra con comillas.</translation>
    </message>
    <message>
        <source>“\u” must be followed by four hexadecimal digits.</source>
        <translation>«\u» debe ir seguido de cuatro dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>“\%1” is not a JSON escape.</source>
        <translation>«\%1» no es un escape JSON.</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply.</source>
        <translation>El JSON tiene demasiados niveles de anidamiento.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” in a list.</source>
        <translation>Se esperaba «,» o «]» en una lista.</translation>
    </message>
    <message>
        <source>The JSON ends too early.</source>
        <translation>El JSON termina antes de tiempo.</translation>
    </message>
    <message>
        <source>Unexpected “%1”; expected a value.</source>
        <translation>«%1» inesperado; se esperaba un valor.</translation>
    </message>
    <message>
        <source>A number is cut short.</source>
        <translation>Un número está incompleto.</translation>
    </message>
    <message>
        <source>Unexpected text; expected a value.</source>
        <translation>Texto inesperado; se esperaba un valor.</translation>
    </message>
    <message>
        <source>Expected “%1”.</source>
        <translation>Se esperaba «%1».</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>A “\u” escape gives half of a character (a lone surrogate).</source>
        <translation>Un escape «\u» da solo medio carácter (un sustituto sin pareja).</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>El texto no es UTF-8 válido.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportExport</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Event %1 “%2”: %3</source>
        <translation>Evento %1 «%2»: %3</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportFetcher</name>
    <message>
        <source>The event is gone.</source>
        <translation>El evento ya no existe.</translation>
    </message>
    <message>
        <source>Participants join through %1, so Zoom has no attendance for this event.</source>
        <translation>Los participantes entran por %1, así que Zoom no tiene la asistencia de este evento.</translation>
    </message>
    <message>
        <source>Event %1: Zoom is not connected; its report waits.</source>
        <translation>Evento %1: Zoom no está conectado; su informe queda en espera.</translation>
    </message>
    <message>
        <source>Zoom did not give the attendance before the report deadline: %1</source>
        <translation>Zoom no entregó la asistencia antes del plazo del informe: %1</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Evento %1: %2</translation>
    </message>
    <message>
        <source>Zoom has not counted the durations yet.</source>
        <translation>Zoom aún no ha contado las duraciones.</translation>
    </message>
    <message>
        <source>Event %1 has no meeting or webinar in Zoom, so it has no report.</source>
        <translation>El evento %1 no tiene reunión ni seminario web en Zoom, así que no tiene informe.</translation>
    </message>
    <message>
        <source>The report could not be stored.</source>
        <translation>No se pudo guardar el informe.</translation>
    </message>
    <message>
        <source>Zoom is not connected.</source>
        <translation>Zoom no está conectado.</translation>
    </message>
    <message>
        <source>Zoom has no record of this session yet (it files attendance a few minutes after the end), or it never took place.</source>
        <translation>Zoom aún no tiene registro de esta sesión (registra la asistencia unos minutos después del final), o nunca tuvo lugar.</translation>
    </message>
    <message>
        <source>%1 The stored report stays as it was.</source>
        <translation>%1 El informe guardado se mantiene como estaba.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportRepository</name>
    <message>
        <source>Event %1 has no report to fill.</source>
        <translation>El evento %1 no tiene informe que completar.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>start (time zone&apos;s city)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <comment>time zone&apos;s city</comment>
        <translation>Inicio (%1)</translation>
    </message>
    <message>
        <source>Event topic</source>
        <translation>Tema del evento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Attended time</source>
        <translation>Tiempo de asistencia</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportTexts</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>Última respuesta: %1</translation>
    </message>
    <message>
        <source>Zoom gave no attendance for this event.</source>
        <translation>Zoom no dio la asistencia de este evento.</translation>
    </message>
    <message>
        <source>Only the host attended, so there is no report.</source>
        <translation>Solo asistió el anfitrión, así que no hay informe.</translation>
    </message>
    <message>
        <source>Fetched from Zoom on %1.</source>
        <translation>Obtenido de Zoom el %1.</translation>
    </message>
    <message>
        <source>Roomdesk could not get this report: %1</source>
        <translation>Roomdesk no pudo obtener este informe: %1</translation>
    </message>
    <message>
        <source>“Fetch again” asks Zoom once more.</source>
        <translation>«Volver a pedir» pregunta a Zoom una vez más.</translation>
    </message>
    <message>
        <source>Zoom records attendance a few minutes after the end; Roomdesk asks again at %1.</source>
        <translation>Zoom registra la asistencia unos minutos después del final; Roomdesk volverá a preguntar a las %1.</translation>
    </message>
    <message>
        <source>Zoom records attendance a few minutes after the end; Roomdesk asks again soon.</source>
        <translation>Zoom registra la asistencia unos minutos después del final; Roomdesk volverá a preguntar en breve.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportsPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Who attended each ended session and for how long. Rejoins and second devices count once; the host and the waiting room do not count.</source>
        <translation>Quién asistió a cada sesión terminada y durante cuánto tiempo. Las reconexiones y los segundos dispositivos cuentan una vez; el anfitrión y la sala de espera no cuentan.</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>Volver a pedir</translation>
    </message>
    <message>
        <source>Asks Zoom for the selected event&apos;s attendance now, whatever its state</source>
        <translation>Pide ahora a Zoom la asistencia del evento seleccionado, sea cual sea su estado</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Saves the selected report as a CSV file</source>
        <translation>Guarda el informe seleccionado como archivo CSV</translation>
    </message>
    <message>
        <source>Export range…</source>
        <translation>Exportar periodo…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <comment>a period: from … to …</comment>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Todos los informes</translation>
    </message>
    <message>
        <source>CSV files:</source>
        <translation>Archivos CSV:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Se&amp;parador:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>&amp;BOM for Excel</source>
        <translation>&amp;BOM para Excel</translation>
    </message>
    <message>
        <source>Starts each file with a byte order mark, so that Excel reads accents and Cyrillic letters correctly</source>
        <translation>Empieza cada archivo con una marca de orden de bytes, para que Excel lea bien los acentos y las letras cirílicas</translation>
    </message>
    <message>
        <source>&amp;Times in:</source>
        <translation>Horas &amp;en:</translation>
    </message>
    <message>
        <source>Each event&apos;s time zone</source>
        <translation>Zona horaria de cada evento</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Zona horaria de este equipo (%1)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Total attended time</source>
        <translation>Tiempo total de asistencia</translation>
    </message>
    <message>
        <source>Average per attendee</source>
        <translation>Media por asistente</translation>
    </message>
    <message>
        <source>First join – last leave</source>
        <translation>Primera entrada – última salida</translation>
    </message>
    <message>
        <source>Zoom&apos;s records</source>
        <translation>Registros de Zoom</translation>
    </message>
    <message>
        <source>Search name or e-mail…</source>
        <translation>Buscar nombre o correo…</translation>
    </message>
    <message>
        <source>Only a ready report can be exported</source>
        <translation>Solo se puede exportar un informe listo</translation>
    </message>
    <message>
        <source>No report in this period is “%1”.</source>
        <translation>Ningún informe de este periodo tiene el estado «%1».</translation>
    </message>
    <message>
        <source>No ended events in this period. A report appears here once an event with a Zoom meeting or webinar has ended.</source>
        <translation>No hay eventos terminados en este periodo. Un informe aparece aquí cuando termina un evento con reunión o seminario web de Zoom.</translation>
    </message>
    <message>
        <source>Select a report to see who attended.</source>
        <translation>Seleccione un informe para ver quién asistió.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <comment>start – end (time zone)</comment>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>report state — what it means</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Cargando el informe…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Asking Zoom for the attendance of “%1”…</source>
        <translation>Pidiendo a Zoom la asistencia de «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>The report of “%1” is ready: %n attendee(s).</source>
        <translation>
            <numerusform>El informe de «%1» está listo: %n asistente.</numerusform>
            <numerusform>El informe de «%1» está listo: %n asistentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>The report of “%1” failed: %2</source>
        <translation>El informe de «%1» ha fallado: %2</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Guardando el informe…</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <source>Export the reports into a folder</source>
        <translation>Exportar los informes a una carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n report(s)…</source>
        <translation>
            <numerusform>Exportando %n informe…</numerusform>
            <numerusform>Exportando %n informes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n archivo escrito en %1.</numerusform>
            <numerusform>%n archivos escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1.</source>
        <translation>No exportados: %1.</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Cancelando la exportación…</translation>
    </message>
    <message>
        <source>Saves every report in the list as a CSV file into a folder; reports that are not ready are named in the message instead</source>
        <translation>Guarda cada informe de la lista como archivo CSV en una carpeta; los que no están listos se indican en el mensaje</translation>
    </message>
    <message>
        <source>%1 records; not counted: %2 of the host, %3 in the waiting room</source>
        <translation>%1 registros; no cuentan: %2 del anfitrión y %3 de la sala de espera</translation>
    </message>
</context>
<context>
    <name>Roomdesk::RequestImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) imported</source>
        <translation>
            <numerusform>%n solicitud importada</numerusform>
            <numerusform>%n solicitudes importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allocated</source>
        <translation>
            <numerusform>%n con sala</numerusform>
            <numerusform>%n con sala</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” has no header line.</source>
        <translation>«%1» no tiene línea de cabecera.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are title, start, tz, duration and, optionally, webinar, admission and organizer.</source>
        <translation>Columna desconocida «%1»; las columnas son title, start, tz, duration y, opcionalmente, webinar, admission y organizer.</translation>
    </message>
    <message>
        <source>The column “%1” is missing.</source>
        <translation>Falta la columna «%1».</translation>
    </message>
    <message>
        <source>the duration “%1” is not whole minutes.</source>
        <translation>la duración «%1» no son minutos enteros.</translation>
    </message>
    <message>
        <source>webinar is yes or no, not “%1”.</source>
        <translation>webinar es yes o no, no «%1».</translation>
    </message>
    <message>
        <source>admission is waiting-room or auto-admit, not “%1”.</source>
        <translation>admission es waiting-room o auto-admit, no «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to fix; nothing was imported.</source>
        <translation>
            <numerusform>%n fila por corregir; no se importó nada.</numerusform>
            <numerusform>%n filas por corregir; no se importó nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomCalendarView</name>
    <message>
        <source>Waiting for a room</source>
        <translation>Esperando sala</translation>
    </message>
    <message>
        <source>Room calendar</source>
        <translation>Calendario de salas</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n sala</numerusform>
            <numerusform>%n salas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) in this period</source>
        <translation>
            <numerusform>%n reserva en este periodo</numerusform>
            <numerusform>%n reservas en este periodo</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1, %2.</source>
        <translation>Seleccionada: %1, %2.</translation>
    </message>
    <message>
        <source>Arrow keys move between bookings, Enter opens one, Page Up and Page Down change the period, Home goes to now.</source>
        <translation>Las flechas recorren las reservas, Intro abre una, Re Pág y Av Pág cambian el periodo, Inicio va a ahora.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>webinar</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Horas en %1</translation>
    </message>
    <message>
        <source>Requests that no room could take yet, with the reason for each.</source>
        <translation>Solicitudes que ninguna sala pudo aceptar todavía, con el motivo de cada una.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive: gets no bookings</source>
        <translation>Inactiva: no recibe reservas</translation>
    </message>
    <message>
        <source>Assigned by hand only</source>
        <translation>Solo asignación manual</translation>
    </message>
    <message>
        <source>Assigned automatically</source>
        <translation>Asignación automática</translation>
    </message>
    <message>
        <source>Webinar licence</source>
        <translation>Licencia de webinar</translation>
    </message>
    <message>
        <source>Meetings only</source>
        <translation>Solo reuniones</translation>
    </message>
    <message>
        <source>Organizer: %1</source>
        <translation>Organizador: %1</translation>
    </message>
    <message>
        <source>Room: %1 (%2)</source>
        <translation>Sala: %1 (%2)</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sesión: %1</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>Su hora: %1</translation>
    </message>
    <message>
        <source>Room blocked, buffers included: %1</source>
        <translation>Sala reservada, márgenes incluidos: %1</translation>
    </message>
    <message>
        <source>Overlaps another booking of this room.</source>
        <translation>Se solapa con otra reserva de esta sala.</translation>
    </message>
    <message>
        <source>Why it waits: %1</source>
        <translation>Por qué espera: %1</translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomRepository</name>
    <message>
        <source>A room needs a name.</source>
        <translation>Una sala necesita un nombre.</translation>
    </message>
    <message>
        <source>A room&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>El nombre de una sala tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; a room is the Zoom user with that e-mail.</source>
        <translation>«%1» no es una dirección de correo; una sala es el usuario de Zoom con ese correo.</translation>
    </message>
    <message>
        <source>The position must be 1 or more.</source>
        <translation>La posición debe ser 1 o mayor.</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation>Las notas tienen como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>preparation</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>courtesy</source>
        <translation>cortesía</translation>
    </message>
    <message>
        <source>post-processing</source>
        <translation>posprocesado</translation>
    </message>
    <message>
        <source>The room&apos;s %1 buffer must be between 0 and %2 minutes, not %3.</source>
        <translation>El margen de «%1» de la sala debe estar entre 0 y %2 minutos, no %3.</translation>
    </message>
    <message>
        <source>Room %1 (“%2”) already uses %3; a Zoom user can be only one room.</source>
        <translation>La sala %1 («%2») ya usa %3; un usuario de Zoom solo puede ser una sala.</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>No existe la sala %1.</translation>
    </message>
    <message numerus="yes">
        <source>Room %1 has %n booking(s) and keeps them for history and reports; deactivate it instead (rooms set %1 --inactive).</source>
        <translation>
            <numerusform>La sala %1 tiene %n reserva y la conserva para el historial y los informes; desactívela en su lugar (rooms set %1 --inactive).</numerusform>
            <numerusform>La sala %1 tiene %n reservas y las conserva para el historial y los informes; desactívela en su lugar (rooms set %1 --inactive).</numerusform>
        </translation>
    </message>
    <message>
        <source>A room&apos;s capacity must be from 1 to 100000 participants.</source>
        <translation>La capacidad de una sala debe ser de 1 a 100000 participantes.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomRequestDialog</name>
    <message>
        <source>Request a room</source>
        <translation>Solicitar sala</translation>
    </message>
    <message>
        <source>A room is booked for the session and its buffers, without a Zoom meeting. When no room is free, the request waits for one with the reason.</source>
        <translation>Se reserva una sala para la sesión y sus márgenes, sin reunión de Zoom. Si no hay ninguna sala libre, la solicitud espera una, con el motivo.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Admission:</source>
        <translation>Admisión:</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <source>What the session is called</source>
        <translation>Cómo se llama la sesión</translation>
    </message>
    <message>
        <source>A webinar needs a room with a webinar licence</source>
        <translation>Un seminario web necesita una sala con licencia de seminario web</translation>
    </message>
    <message>
        <source>The IANA time zone the start time is in, e.g. Europe/Madrid; type to search</source>
        <translation>La zona horaria IANA de la hora de inicio, p. ej. Europe/Madrid; escriba para buscar</translation>
    </message>
    <message>
        <source>h</source>
        <comment>hours of a duration</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes of a duration</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>&amp;Waiting room: the host admits participants</source>
        <translation>Sala de &amp;espera: el anfitrión admite a los participantes</translation>
    </message>
    <message>
        <source>&amp;Automatic admission: participants join at once</source>
        <translation>Admisión a&amp;utomática: los participantes entran directamente</translation>
    </message>
    <message>
        <source>Who asked for the room (optional)</source>
        <translation>Quién pidió la sala (opcional)</translation>
    </message>
    <message>
        <source>Request the room</source>
        <translation>Solicitar la sala</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Looking for a free room…</source>
        <translation>Buscando una sala libre…</translation>
    </message>
    <message>
        <source>Not requested: %1</source>
        <translation>No se solicitó: %1</translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>This room&apos;s own value; set it to “Policy” to follow the buffer policy.</source>
        <translation>Valor propio de esta sala; póngalo en «Política» para seguir la política de márgenes.</translation>
    </message>
    <message>
        <source>Follows the buffer policy; edit to give this room its own value.</source>
        <translation>Sigue la política de márgenes; edítelo para dar a esta sala su propio valor.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Manual only</source>
        <translation>Solo manual</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Allocation order: the first free room from the top gets the request. Drag rows to reorder.</source>
        <translation>Orden de asignación: la primera sala libre desde arriba recibe la solicitud. Arrastre las filas para reordenarlas.</translation>
    </message>
    <message>
        <source>The Zoom host&apos;s e-mail</source>
        <translation>El correo del anfitrión de Zoom</translation>
    </message>
    <message>
        <source>The Zoom host&apos;s e-mail (Zoom user %1)</source>
        <translation>El correo del anfitrión de Zoom (usuario de Zoom %1)</translation>
    </message>
    <message>
        <source>Only active rooms take requests</source>
        <translation>Solo las salas activas aceptan solicitudes</translation>
    </message>
    <message>
        <source>Automatic rooms are allocated by Roomdesk; manual ones only by an administrator</source>
        <translation>Roomdesk asigna las salas automáticas; las manuales solo un administrador</translation>
    </message>
    <message>
        <source>The host has a webinar licence</source>
        <translation>El anfitrión tiene licencia de webinar</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Host e-mail</source>
        <translation>Correo del anfitrión</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Courtesy</source>
        <translation>Cortesía</translation>
    </message>
    <message>
        <source>Post-processing</source>
        <translation>Posproceso</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomsPage</name>
    <message>
        <source>Room saved.</source>
        <translation>Sala guardada.</translation>
    </message>
    <message>
        <source>Allocation order saved.</source>
        <translation>Orden de asignación guardado.</translation>
    </message>
    <message>
        <source>Buffer policy saved; current bookings were re-checked.</source>
        <translation>Política de márgenes guardada; se revisaron las reservas actuales.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>The licensed Zoom hosts organizers share. Requests get the first free active, automatic room from the top, with its buffers; drag rows to change the order. Double-click a cell to edit it.</source>
        <translation>Los anfitriones de Zoom con licencia que comparten los organizadores. Las solicitudes reciben la primera sala libre, activa y automática desde arriba, con sus márgenes; arrastre las filas para cambiar el orden. Haga doble clic en una celda para editarla.</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Añadir sala…</translation>
    </message>
    <message>
        <source>Import from Zoom…</source>
        <translation>Importar de Zoom…</translation>
    </message>
    <message>
        <source>Licensed users of the Zoom account; needs the optional scope user:read:list_users:admin</source>
        <translation>Usuarios con licencia de la cuenta de Zoom; necesita el ámbito opcional user:read:list_users:admin</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Buffer policy (rooms without their own values follow it)</source>
        <translation>Política de márgenes (la siguen las salas sin valores propios)</translation>
    </message>
    <message>
        <source>No rooms yet. Add the Zoom hosts organizers share by e-mail, or import licensed users from Zoom.</source>
        <translation>Todavía no hay salas. Añada por correo los anfitriones de Zoom que comparten los organizadores o importe usuarios con licencia de Zoom.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) got a room.</source>
        <translation>
            <numerusform>%n solicitud en espera obtuvo sala.</numerusform>
            <numerusform>%n solicitudes en espera obtuvieron sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict in %1: “%2” and “%3” now overlap, buffers included. Move one of them.</source>
        <translation>Conflicto en %1: «%2» y «%3» se solapan ahora, márgenes incluidos. Mueva una de ellas.</translation>
    </message>
    <message>
        <source>Room “%1” added.</source>
        <translation>Sala «%1» añadida.</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>Quitar sala</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the pool?</source>
        <translation>¿Quitar «%1» (%2) del grupo de salas?</translation>
    </message>
    <message>
        <source>A room that has bookings keeps them for history and reports; it can only be deactivated.</source>
        <translation>Una sala con reservas las conserva para el historial y los informes; solo se puede desactivar.</translation>
    </message>
    <message>
        <source>Room removed.</source>
        <translation>Sala quitada.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::SandboxOptions</name>
    <message>
        <source>“%1” is not a Zoom scope (expected the form product:action:data[:admin]).</source>
        <translation>«%1» no es un ámbito de Zoom (se espera la forma producto:acción:dato[:admin]).</translation>
    </message>
    <message>
        <source>“%1” is not a fault; use latency:P:MSms, 5xx:P, reset:P or truncate:P with P between 0 and 1.</source>
        <translation>«%1» no es un fallo; use latency:P:MSms, 5xx:P, reset:P o truncate:P con P entre 0 y 1.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ScopeCatalog</name>
    <message>
        <source>Read an ended meeting&apos;s details for its report</source>
        <translation>Leer los datos de una reunión terminada para su informe</translation>
    </message>
    <message>
        <source>Read meetings and fresh start links; the End Meeting event</source>
        <translation>Leer reuniones y enlaces de inicio nuevos; el evento End Meeting</translation>
    </message>
    <message>
        <source>Read who attended an ended meeting</source>
        <translation>Leer quién asistió a una reunión terminada</translation>
    </message>
    <message>
        <source>List a room&apos;s meetings to find changes made in Zoom</source>
        <translation>Listar las reuniones de una sala para detectar cambios hechos en Zoom</translation>
    </message>
    <message>
        <source>Read a meeting&apos;s registrants</source>
        <translation>Leer los inscritos de una reunión</translation>
    </message>
    <message>
        <source>Read the invitation text to send to participants</source>
        <translation>Leer el texto de la invitación para enviarlo a los participantes</translation>
    </message>
    <message>
        <source>The participant joined and left events</source>
        <translation>Los eventos de entrada y salida de participantes</translation>
    </message>
    <message>
        <source>Change a meeting when its event is edited</source>
        <translation>Cambiar una reunión cuando se edita su evento</translation>
    </message>
    <message>
        <source>Delete a meeting when its event is cancelled</source>
        <translation>Eliminar una reunión cuando se cancela su evento</translation>
    </message>
    <message>
        <source>Create meetings in the allocated room</source>
        <translation>Crear reuniones en la sala asignada</translation>
    </message>
    <message>
        <source>Register participants in a meeting</source>
        <translation>Inscribir participantes en una reunión</translation>
    </message>
    <message>
        <source>Remove a participant&apos;s registration</source>
        <translation>Quitar la inscripción de un participante</translation>
    </message>
    <message>
        <source>End a meeting after the courtesy time</source>
        <translation>Terminar una reunión tras el tiempo de cortesía</translation>
    </message>
    <message>
        <source>Create meetings in sub-accounts of a master account</source>
        <translation>Crear reuniones en subcuentas de una cuenta maestra</translation>
    </message>
    <message>
        <source>End meetings in sub-accounts of a master account</source>
        <translation>Terminar reuniones en subcuentas de una cuenta maestra</translation>
    </message>
    <message>
        <source>Read a meeting&apos;s cloud recordings</source>
        <translation>Leer las grabaciones en la nube de una reunión</translation>
    </message>
    <message>
        <source>List a room&apos;s cloud recordings</source>
        <translation>Listar las grabaciones en la nube de una sala</translation>
    </message>
    <message>
        <source>The All Recordings have completed event</source>
        <translation>El evento All Recordings have completed</translation>
    </message>
    <message>
        <source>Read recordings in sub-accounts</source>
        <translation>Leer grabaciones en subcuentas</translation>
    </message>
    <message>
        <source>List recordings in sub-accounts</source>
        <translation>Listar grabaciones en subcuentas</translation>
    </message>
    <message>
        <source>Read who attended an ended webinar</source>
        <translation>Leer quién asistió a un seminario web terminado</translation>
    </message>
    <message>
        <source>Read a webinar&apos;s registrants</source>
        <translation>Leer los inscritos de un seminario web</translation>
    </message>
    <message>
        <source>Read webinars and fresh start links; the End Webinar event</source>
        <translation>Leer seminarios web y enlaces de inicio nuevos; el evento End Webinar</translation>
    </message>
    <message>
        <source>Create webinars in webinar-capable rooms</source>
        <translation>Crear seminarios web en salas con licencia de seminarios web</translation>
    </message>
    <message>
        <source>Import licensed Zoom users as rooms</source>
        <translation>Importar usuarios de Zoom con licencia como salas</translation>
    </message>
    <message>
        <source>Check a room&apos;s licence and webinar capability</source>
        <translation>Comprobar la licencia de una sala y si admite seminarios web</translation>
    </message>
    <message>
        <source>Attendance from Zoom&apos;s meeting reports (more detail, slower limits)</source>
        <translation>Asistencia desde los informes de reuniones de Zoom (más detalle, límites más lentos)</translation>
    </message>
    <message>
        <source>Attendance from Zoom&apos;s webinar reports</source>
        <translation>Asistencia desde los informes de seminarios web de Zoom</translation>
    </message>
    <message>
        <source>Change a webinar when its event is edited</source>
        <translation>Cambiar un seminario web cuando se edita su evento</translation>
    </message>
    <message>
        <source>Delete a webinar when its event is cancelled</source>
        <translation>Eliminar un seminario web cuando se cancela su evento</translation>
    </message>
    <message>
        <source>End a webinar after the courtesy time</source>
        <translation>Terminar un seminario web tras el tiempo de cortesía</translation>
    </message>
    <message>
        <source>List a room&apos;s webinars to find one whose creation was not confirmed</source>
        <translation>Listar los seminarios web de una sala para encontrar uno cuya creación no se confirmó</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ScopeChecklist</name>
    <message>
        <source>Copy “%1”</source>
        <translation>Copiar «%1»</translation>
    </message>
    <message>
        <source>Asking Zoom for a fresh token…</source>
        <translation>Pidiendo a Zoom un token nuevo…</translation>
    </message>
    <message>
        <source>Not checked yet: click “Check again” once the scopes are added.</source>
        <translation>Aún sin comprobar: haga clic en «Comprobar de nuevo» cuando haya añadido los permisos.</translation>
    </message>
    <message numerus="yes">
        <source>All %n required scope(s) are granted.</source>
        <translation>
            <numerusform>Se concedió el %n permiso obligatorio.</numerusform>
            <numerusform>Se concedieron los %n permisos obligatorios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required scope(s) missing: %1. Add them in the Marketplace (Scopes → Add Scopes), then check again.</source>
        <translation>
            <numerusform>Falta %n permiso obligatorio: %1. Añádalo en el Marketplace (Scopes → Add Scopes) y compruebe de nuevo.</numerusform>
            <numerusform>Faltan %n permisos obligatorios: %1. Añádalos en el Marketplace (Scopes → Add Scopes) y compruebe de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the app&apos;s Scopes step, click “Add Scopes” and add each of these %n scope(s); the copy buttons put one name, or all of them, on the clipboard.</source>
        <translation>
            <numerusform>En el paso Scopes de la aplicación, haga clic en «Add Scopes» y añada este %n permiso; los botones de copiar ponen un nombre, o todos, en el portapapeles.</numerusform>
            <numerusform>En el paso Scopes de la aplicación, haga clic en «Add Scopes» y añada cada uno de estos %n permisos; los botones de copiar ponen un nombre, o todos, en el portapapeles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: these scopes unlock further features. Without them Roomdesk works and says where a feature is unavailable.</source>
        <translation>Opcionales: estos permisos habilitan más funciones. Sin ellos Roomdesk funciona e indica qué función no está disponible.</translation>
    </message>
    <message>
        <source>Copy all required scopes</source>
        <translation>Copiar todos los permisos obligatorios</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Continue with reduced features: what needs a missing scope stays unavailable until it is added</source>
        <translation>Continuar con funciones reducidas: lo que necesite un permiso ausente no estará disponible hasta que se añada</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ScopeListModel</name>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>concedido</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>no concedido</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>What Roomdesk uses it for</source>
        <translation>Para qué lo usa Roomdesk</translation>
    </message>
    <message>
        <source>What it unlocks</source>
        <translation>Qué habilita</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ScopesWizardPage</name>
    <message>
        <source>Scopes</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>What the app may do. The list below shows what the current token really grants.</source>
        <translation>Lo que la aplicación puede hacer. La lista muestra lo que concede realmente el token actual.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::SecretStore</name>
    <message>
        <source>The system keychain is not available (%1), so the %2 cannot be kept there. Roomdesk never writes secrets to a file: start the keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) or keep the secrets for this session only.</source>
        <translation>El llavero del sistema no está disponible (%1), así que el %2 no se puede guardar en él. Roomdesk nunca escribe secretos en un archivo: inicie el llavero (GNOME Keyring, KWallet, Llavero de macOS, Administrador de credenciales de Windows) o conserve los secretos solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Access to the %1 in the system keychain was refused (%2). Unlock the keychain and allow Roomdesk to use it.</source>
        <translation>Se denegó el acceso al %1 en el llavero del sistema (%2). Desbloquee el llavero y permita que Roomdesk lo use.</translation>
    </message>
    <message>
        <source>The system keychain could not handle the %1: %2</source>
        <translation>El llavero del sistema no pudo gestionar el %1: %2</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>webhook Secret Token</source>
        <translation>Secret Token del webhook</translation>
    </message>
</context>
<context>
    <name>Roomdesk::SettingsPage</name>
    <message>
        <source>Secrets are kept in memory for this session only; enter them again next time.</source>
        <translation>Los secretos se guardan en memoria solo durante esta sesión; vuelva a introducirlos la próxima vez.</translation>
    </message>
    <message>
        <source>The Client Secret and the Secret Token are kept in the system keychain only.</source>
        <translation>El Client Secret y el Secret Token se guardan solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Forget the Zoom connection?</source>
        <translation>¿Olvidar la conexión con Zoom?</translation>
    </message>
    <message>
        <source>Roomdesk forgets the Account ID and Client ID and removes the Client Secret and the Secret Token from the system keychain. The app in the Zoom App Marketplace is not changed.</source>
        <translation>Roomdesk olvida el Account ID y el Client ID y elimina el Client Secret y el Secret Token del llavero del sistema. La aplicación de Zoom App Marketplace no cambia.</translation>
    </message>
    <message>
        <source>Save the connection first; the check uses the stored credentials.</source>
        <translation>Guarde antes la conexión; la comprobación usa las credenciales guardadas.</translation>
    </message>
    <message>
        <source>Paste the Secret Token first.</source>
        <translation>Pegue primero el Secret Token.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Zoom connection</source>
        <translation>Conexión con Zoom</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Event subscription (webhooks)</source>
        <translation>Suscripción a eventos (webhooks)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Save connection</source>
        <translation>&amp;Guardar la conexión</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Olvidar…</translation>
    </message>
    <message>
        <source>Run the setup &amp;wizard…</source>
        <translation>Ejecutar el &amp;asistente de configuración…</translation>
    </message>
    <message>
        <source>Save event subscription</source>
        <translation>Guardar la suscripción a eventos</translation>
    </message>
    <message>
        <source>Keep the secrets for this session only</source>
        <translation>Guardar los secretos solo durante esta sesión</translation>
    </message>
    <message>
        <source>Language: choose it in the Language menu; it changes at once.</source>
        <translation>Idioma: elíjalo en el menú Idioma; cambia al instante.</translation>
    </message>
    <message>
        <source>Database in use: %1</source>
        <translation>Base de datos en uso: %1</translation>
    </message>
    <message>
        <source>Reading the stored connection…</source>
        <translation>Leyendo la conexión guardada…</translation>
    </message>
    <message>
        <source>No Zoom account is connected yet. The setup wizard guides you through it.</source>
        <translation>Todavía no hay ninguna cuenta de Zoom conectada. El asistente de configuración le guía paso a paso.</translation>
    </message>
    <message>
        <source>Connected to %1; last verified %2.</source>
        <translation>Conectado a %1; última comprobación: %2.</translation>
    </message>
    <message>
        <source>Stored for %1 but not verified yet: test the connection.</source>
        <translation>Guardado para %1, pero aún sin comprobar: pruebe la conexión.</translation>
    </message>
    <message>
        <source>Paste the Client Secret: none is stored yet.</source>
        <translation>Pegue el Client Secret: todavía no hay ninguno guardado.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::SetupWizard</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Set up the Zoom connection</source>
        <translation>Configurar la conexión con Zoom</translation>
    </message>
    <message>
        <source>Paste the Client Secret: none is stored yet.</source>
        <translation>Pegue el Client Secret: todavía no hay ninguno guardado.</translation>
    </message>
    <message>
        <source>Paste the Secret Token first.</source>
        <translation>Pegue primero el Secret Token.</translation>
    </message>
    <message>
        <source>The sandbox could not be asked to validate: %1</source>
        <translation>No se pudo pedir al sandbox que valide: %1</translation>
    </message>
</context>
<context>
    <name>Roomdesk::StoredReport</name>
    <message>
        <source>Waiting for Zoom</source>
        <translation>Esperando a Zoom</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>No attendees</source>
        <translation>Sin asistentes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
</context>
<context>
    <name>Roomdesk::SummaryWizardPage</name>
    <message>
        <source>Connection to %1 tested: Zoom issued a token at %2.</source>
        <translation>Conexión con %1 probada: Zoom emitió un token a las %2.</translation>
    </message>
    <message>
        <source>Account ID %1, Client ID %2.</source>
        <translation>Account ID %1, Client ID %2.</translation>
    </message>
    <message>
        <source>All required scopes are granted.</source>
        <translation>Se concedieron todos los permisos obligatorios.</translation>
    </message>
    <message numerus="yes">
        <source>%n required scope(s) missing; the features that need them stay unavailable until they are added.</source>
        <translation>
            <numerusform>Falta %n permiso obligatorio; las funciones que lo necesitan no estarán disponibles hasta que se añada.</numerusform>
            <numerusform>Faltan %n permisos obligatorios; las funciones que los necesitan no estarán disponibles hasta que se añadan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhook Secret Token entered.</source>
        <translation>Secret Token del webhook introducido.</translation>
    </message>
    <message>
        <source>No webhook Secret Token: Roomdesk will poll Zoom instead of receiving events.</source>
        <translation>Sin Secret Token del webhook: Roomdesk consultará a Zoom periódicamente en lugar de recibir eventos.</translation>
    </message>
    <message>
        <source>Zoom validated the endpoint %1.</source>
        <translation>Zoom validó el endpoint %1.</translation>
    </message>
    <message>
        <source>The endpoint was not validated in this session; polling covers it until Zoom can reach Roomdesk.</source>
        <translation>El endpoint no se validó en esta sesión; las consultas periódicas lo suplen hasta que Zoom pueda llegar a Roomdesk.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save&lt;/b&gt; stores the Client Secret and the Secret Token in the system keychain and the rest in Roomdesk&apos;s database. Cancel leaves what was stored before untouched.</source>
        <translation>&lt;b&gt;Guardar&lt;/b&gt; almacena el Client Secret y el Secret Token en el llavero del sistema y el resto en la base de datos de Roomdesk. Cancelar deja intacto lo que estaba guardado.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What is configured and what was verified.</source>
        <translation>Qué está configurado y qué se comprobó.</translation>
    </message>
    <message>
        <source>Keep the secrets for this session only</source>
        <translation>Guardar los secretos solo durante esta sesión</translation>
    </message>
</context>
<context>
    <name>Roomdesk::WallClock</name>
    <message>
        <source>“%1” is not a time zone; use an IANA name such as Europe/Madrid or America/Bogota.</source>
        <translation>«%1» no es una zona horaria; use un nombre IANA como Europe/Madrid o America/Bogota.</translation>
    </message>
    <message>
        <source>“%1” is not a local date and time such as 2026-03-02T09:30 (no offset: the time zone says it).</source>
        <translation>«%1» no es una fecha y hora local como 2026-03-02T09:30 (sin desfase: lo indica la zona horaria).</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it for daylight saving time. Choose a time after the change.</source>
        <translation>%1 no existe en %2: los relojes se la saltan por el horario de verano. Elija una hora posterior al cambio.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back for daylight saving time. Choose a time outside the repeated hour.</source>
        <translation>%1 ocurre dos veces en %2: los relojes se atrasan al terminar el horario de verano. Elija una hora fuera de la hora repetida.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::WebhookInbox</name>
    <message>
        <source>The webhook event could not be stored and is not in the inbox either.</source>
        <translation>No se pudo guardar el evento del webhook y tampoco está en la bandeja de entrada.</translation>
    </message>
    <message>
        <source>There is no webhook event %1 in the inbox.</source>
        <translation>No hay ningún evento de webhook %1 en la bandeja de entrada.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::WebhookPanel</name>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Dejar de &amp;escuchar</translation>
    </message>
    <message>
        <source>Start &amp;listening</source>
        <translation>Empezar a &amp;escuchar</translation>
    </message>
    <message>
        <source>Not listening. Start listening, then click “Validate” in the Marketplace&apos;s Event Subscription.</source>
        <translation>Sin escuchar. Empiece a escuchar y haga clic en «Validate» en Event Subscription del Marketplace.</translation>
    </message>
    <message>
        <source>Paste the Secret Token from the app&apos;s Features page first.</source>
        <translation>Pegue primero el Secret Token de la página Features de la aplicación.</translation>
    </message>
    <message>
        <source>Starting the receiver…</source>
        <translation>Iniciando el receptor…</translation>
    </message>
    <message>
        <source>Listening on %1; waiting for Zoom&apos;s validation. Click “Validate” in the Marketplace now.</source>
        <translation>Escuchando en %1; esperando la validación de Zoom. Haga clic ahora en «Validate» en el Marketplace.</translation>
    </message>
    <message>
        <source>Validated: Zoom&apos;s endpoint.url_validation reached Roomdesk at %1 and was answered. Events will arrive here.</source>
        <translation>Validado: el endpoint.url_validation de Zoom llegó a Roomdesk a las %1 y se respondió. Los eventos llegarán aquí.</translation>
    </message>
    <message>
        <source>Secret &amp;Token:</source>
        <translation>Secret &amp;Token:</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>Escuchar &amp;en:</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>URL &amp;pública:</translation>
    </message>
    <message>
        <source>Endpoint URL for Zoom:</source>
        <translation>URL del endpoint para Zoom:</translation>
    </message>
    <message>
        <source>From the app&apos;s Features → Event Subscription; kept only in the system keychain</source>
        <translation>De Features → Event Subscription de la aplicación; se guarda solo en el llavero del sistema</translation>
    </message>
    <message>
        <source>Hide the Secret Token</source>
        <translation>Ocultar el Secret Token</translation>
    </message>
    <message>
        <source>Show the Secret Token</source>
        <translation>Mostrar el Secret Token</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Solo este equipo (127.0.0.1)</translation>
    </message>
    <message>
        <source>Every network interface (0.0.0.0)</source>
        <translation>Todas las interfaces de red (0.0.0.0)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>https://roomdesk.example.edu/zoom/webhook (reverse proxy or tunnel), optional</source>
        <translation>https://roomdesk.example.edu/zoom/webhook (proxy inverso o túnel), opcional</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Event in the Marketplace</source>
        <translation>Evento en el Marketplace</translation>
    </message>
    <message>
        <source>Event group</source>
        <translation>Grupo de eventos</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>Nombre en la API</translation>
    </message>
    <message>
        <source>End Meeting</source>
        <translation>End Meeting</translation>
    </message>
    <message>
        <source>End Webinar</source>
        <translation>End Webinar</translation>
    </message>
    <message>
        <source>All Recordings have completed</source>
        <translation>All Recordings have completed</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Ask the sandbox to validate</source>
        <translation>Pedir al sandbox que valide</translation>
    </message>
    <message>
        <source>Zoom must reach this URL over the internet with https, which a desktop rarely allows: put a reverse proxy or a tunnel in front of the receiver and give its address as the public URL, or let the team server receive events later. Nothing depends on it: without webhooks Roomdesk polls Zoom for ended sessions and recordings.</source>
        <translation>Zoom debe llegar a esta URL por internet con https, algo que un equipo de escritorio rara vez permite: ponga un proxy inverso o un túnel delante del receptor e indique su dirección como URL pública, o deje que más adelante el servidor del equipo reciba los eventos. Nada depende de ello: sin webhooks, Roomdesk consulta a Zoom las sesiones terminadas y las grabaciones.</translation>
    </message>
    <message>
        <source>Stored; paste to replace it</source>
        <translation>Guardado; pegue otro para reemplazarlo</translation>
    </message>
</context>
<context>
    <name>Roomdesk::WebhookReceiver</name>
    <message>
        <source>The webhook path must start with “/”.</source>
        <translation>La ruta del webhook debe empezar por «/».</translation>
    </message>
    <message>
        <source>The largest body must be at least one byte and the allowed clock difference cannot be negative.</source>
        <translation>El cuerpo máximo debe ser de al menos un byte y la diferencia de reloj permitida no puede ser negativa.</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate file and a private key file.</source>
        <translation>HTTPS necesita un archivo de certificado y un archivo de clave privada.</translation>
    </message>
    <message>
        <source>Cannot listen for webhooks on %1 port %2: %3</source>
        <translation>No se pueden escuchar webhooks en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than %1 bytes.</source>
        <translation>Las cabeceras de la petición superan los %1 bytes.</translation>
    </message>
    <message>
        <source>The request&apos;s body is larger than the limit of %1 bytes.</source>
        <translation>El cuerpo de la petición supera el límite de %1 bytes.</translation>
    </message>
    <message>
        <source>Nothing is served at “%1”.</source>
        <translation>No se sirve nada en «%1».</translation>
    </message>
    <message>
        <source>Zoom sends webhooks with POST, not %1.</source>
        <translation>Zoom envía los webhooks con POST, no con %1.</translation>
    </message>
    <message>
        <source>No webhook Secret Token is set, so no request can be verified.</source>
        <translation>No hay ningún Secret Token del webhook configurado, así que no se puede verificar ninguna petición.</translation>
    </message>
    <message>
        <source>The request has no x-zm-signature or x-zm-request-timestamp header.</source>
        <translation>La petición no tiene la cabecera x-zm-signature o x-zm-request-timestamp.</translation>
    </message>
    <message>
        <source>The signature headers are malformed (a timestamp in seconds and “v0=…” expected).</source>
        <translation>Las cabeceras de la firma están mal formadas (se esperaba una marca de tiempo en segundos y «v0=…»).</translation>
    </message>
    <message>
        <source>The signature does not match: the request was not signed with this Secret Token, or it was altered.</source>
        <translation>La firma no coincide: la petición no se firmó con este Secret Token o fue alterada.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>El cuerpo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The body has no “event” name.</source>
        <translation>El cuerpo no tiene nombre de «event».</translation>
    </message>
    <message>
        <source>The body has no “event_ts” time in milliseconds.</source>
        <translation>El cuerpo no tiene la hora «event_ts» en milisegundos.</translation>
    </message>
    <message>
        <source>The URL validation request has no “plainToken”.</source>
        <translation>La petición de validación de URL no tiene «plainToken».</translation>
    </message>
    <message>
        <source>The event could not be stored (%1); Zoom will send it again.</source>
        <translation>No se pudo guardar el evento (%1); Zoom lo enviará de nuevo.</translation>
    </message>
    <message>
        <source>HTTPS is not available: Qt found no TLS library on this system.</source>
        <translation>HTTPS no está disponible: Qt no encontró ninguna biblioteca TLS en este sistema.</translation>
    </message>
    <message>
        <source>The certificate file “%1” cannot be read: %2</source>
        <translation>No se puede leer el archivo de certificado «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” holds no certificate Roomdesk can read (PEM or DER expected).</source>
        <translation>«%1» no contiene ningún certificado que Roomdesk pueda leer (se esperaba PEM o DER).</translation>
    </message>
    <message>
        <source>The private key file “%1” cannot be read: %2</source>
        <translation>No se puede leer el archivo de clave privada «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” holds no unencrypted private key Roomdesk can read (RSA, EC or DSA; PEM or DER).</source>
        <translation>«%1» no contiene ninguna clave privada sin cifrar que Roomdesk pueda leer (RSA, EC o DSA; PEM o DER).</translation>
    </message>
    <message>
        <source>The request&apos;s timestamp is more than %1 s away from this computer&apos;s clock: a replay, or a clock that is off.</source>
        <translation>La marca de tiempo de la petición se aleja más de %1 s del reloj de este equipo: una repetición o un reloj desajustado.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::WelcomeWizardPage</name>
    <message>
        <source>Connect Zoom</source>
        <translation>Conectar Zoom</translation>
    </message>
    <message>
        <source>About ten minutes in the Zoom App Marketplace; Roomdesk checks every step as you go.</source>
        <translation>Unos diez minutos en Zoom App Marketplace; Roomdesk comprueba cada paso sobre la marcha.</translation>
    </message>
    <message>
        <source>Roomdesk works with your institution&apos;s Zoom account through a Server-to-Server OAuth app that you create once in the Zoom App Marketplace. You will need a Zoom account with the right to create apps (usually an administrator).</source>
        <translation>Roomdesk trabaja con la cuenta de Zoom de su institución mediante una aplicación Server-to-Server OAuth que se crea una sola vez en Zoom App Marketplace. Necesitará una cuenta de Zoom con permiso para crear aplicaciones (normalmente un administrador).</translation>
    </message>
    <message>
        <source>&amp;Connect my institution&apos;s Zoom account</source>
        <translation>&amp;Conectar la cuenta de Zoom de mi institución</translation>
    </message>
    <message>
        <source>&amp;Explore with the local sandbox</source>
        <translation>&amp;Explorar con el sandbox local</translation>
    </message>
    <message>
        <source>Uses the Zoom sandbox running inside this demo: the same steps and checks, no Zoom account needed.</source>
        <translation>Usa el sandbox de Zoom que se ejecuta dentro de esta demo: los mismos pasos y comprobaciones, sin cuenta de Zoom.</translation>
    </message>
    <message>
        <source>Opens Roomdesk in demo mode in a new window, with a throw-away database and a local Zoom sandbox; your own data stays untouched.</source>
        <translation>Abre Roomdesk en modo demo en una ventana nueva, con una base de datos desechable y un sandbox de Zoom local; sus propios datos no se tocan.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ZoomConnectionStore</name>
    <message>
        <source>The database has no profile id; it was not created by Roomdesk.</source>
        <translation>La base de datos no tiene identificador de perfil; no la creó Roomdesk.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ZoomError</name>
    <message>
        <source>Zoom could not be reached (%1). Check the network connection and the Zoom address, then try again.</source>
        <translation>No se pudo contactar con Zoom (%1). Revise la conexión de red y la dirección de Zoom e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The connection to Zoom broke before its answer arrived (%1); the change may or may not have been made.</source>
        <translation>La conexión con Zoom se cortó antes de recibir su respuesta (%1); puede que el cambio se haya hecho o no.</translation>
    </message>
    <message>
        <source>“%1” is not a secure address. Zoom is reached over https; plain http is only allowed for a sandbox on this computer.</source>
        <translation>«%1» no es una dirección segura. A Zoom se accede por https; http sin cifrar solo se permite para un entorno de pruebas en este equipo.</translation>
    </message>
    <message>
        <source>Zoom answered with something Roomdesk does not understand (%1). Nothing was changed on this side; try again later.</source>
        <translation>Zoom respondió con algo que Roomdesk no entiende (%1). No se cambió nada en este lado; inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Zoom refused the Client ID or the Client Secret. Copy both again from the app&apos;s App Credentials page in the Zoom App Marketplace.</source>
        <translation>Zoom rechazó el Client ID o el Client Secret. Vuelva a copiar ambos desde la página App Credentials de la aplicación en el Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>Zoom does not accept these credentials for a Server-to-Server OAuth token. Check that the app was created as a Server-to-Server OAuth app and that it is activated.</source>
        <translation>Zoom no acepta estas credenciales para un token Server-to-Server OAuth. Compruebe que la aplicación se creó como Server-to-Server OAuth y que está activada.</translation>
    </message>
    <message>
        <source>Zoom refused the token request (%1). Check the Account ID.</source>
        <translation>Zoom rechazó la solicitud del token (%1). Revise el Account ID.</translation>
    </message>
    <message>
        <source>This room&apos;s Zoom user has reached Zoom&apos;s limit of 100 meeting and webinar changes per day. Changes to it can resume after midnight UTC; other rooms are not affected.</source>
        <translation>El usuario de Zoom de esta sala alcanzó el límite de Zoom de 100 cambios de reuniones y seminarios web al día. Podrá volver a cambiarse después de medianoche UTC; las demás salas no se ven afectadas.</translation>
    </message>
    <message>
        <source>Zoom&apos;s rate limit for this account was reached (%1). Roomdesk will wait and try again.</source>
        <translation>Se alcanzó el límite de frecuencia de Zoom para esta cuenta (%1). Roomdesk esperará y lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Zoom had a problem of its own (HTTP %1). Try again in a few minutes.</source>
        <translation>Zoom tuvo un problema propio (HTTP %1). Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Zoom did not accept the access token (%1). Check that the app is still activated and test the connection again.</source>
        <translation>Zoom no aceptó el token de acceso (%1). Compruebe que la aplicación sigue activada y pruebe de nuevo la conexión.</translation>
    </message>
    <message>
        <source>The Zoom app lacks a scope this needs. Add one of these scopes to the app in the Zoom App Marketplace: %1.</source>
        <translation>A la aplicación de Zoom le falta un ámbito necesario. Añada uno de estos ámbitos a la aplicación en el Zoom App Marketplace: %1.</translation>
    </message>
    <message>
        <source>Zoom does not know this user (%1). Check the room&apos;s e-mail address and that the user is active in the Zoom account.</source>
        <translation>Zoom no conoce a este usuario (%1). Revise la dirección de correo de la sala y que el usuario esté activo en la cuenta de Zoom.</translation>
    </message>
    <message>
        <source>The meeting or webinar no longer exists in Zoom (%1); it may have been deleted there.</source>
        <translation>La reunión o el seminario web ya no existe en Zoom (%1); puede que se haya eliminado allí.</translation>
    </message>
    <message>
        <source>This Zoom user cannot host these sessions (%1). Give the user a licence or choose another room.</source>
        <translation>Este usuario de Zoom no puede organizar estas sesiones (%1). Asígnele una licencia o elija otra sala.</translation>
    </message>
    <message>
        <source>This Zoom user has no webinar licence. Choose a webinar-capable room or add the licence in Zoom.</source>
        <translation>Este usuario de Zoom no tiene licencia de seminarios web. Elija una sala que los admita o añada la licencia en Zoom.</translation>
    </message>
    <message>
        <source>Zoom did not accept the credentials (%1).</source>
        <translation>Zoom no aceptó las credenciales (%1).</translation>
    </message>
    <message>
        <source>Zoom does not know what was asked for (%1).</source>
        <translation>Zoom no conoce lo que se pidió (%1).</translation>
    </message>
    <message>
        <source>Zoom refused the request: %1</source>
        <translation>Zoom rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily limit for this account was reached (%1). Calls can resume at %2 UTC.</source>
        <translation>Se alcanzó el límite diario de Zoom para esta cuenta (%1). Las llamadas podrán reanudarse a las %2 UTC.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ZoomSandbox</name>
    <message>
        <source>The Zoom sandbox cannot listen on port %1 of 127.0.0.1; another program may be using it.</source>
        <translation>El entorno de pruebas de Zoom no puede escuchar en el puerto %1 de 127.0.0.1; quizá lo use otro programa.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ZoomUserImportDialog</name>
    <message>
        <source>Import rooms from Zoom</source>
        <translation>Importar salas de Zoom</translation>
    </message>
    <message>
        <source>Licensed users of your Zoom account. Tick the ones organizers share as rooms and those with a webinar licence. Imported rooms start inactive.</source>
        <translation>Usuarios con licencia de su cuenta de Zoom. Marque los que los organizadores comparten como salas y los que tienen licencia de webinar. Las salas importadas empiezan inactivas.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Webinar licence</source>
        <translation>Licencia de webinar</translation>
    </message>
    <message>
        <source>Add the ticked rooms</source>
        <translation>Añadir las salas marcadas</translation>
    </message>
    <message>
        <source>Asking Zoom for the account&apos;s users…</source>
        <translation>Pidiendo a Zoom los usuarios de la cuenta…</translation>
    </message>
    <message>
        <source>Zoom is not connected yet. Set up the connection first, or add rooms by e-mail.</source>
        <translation>Zoom aún no está conectado. Configure primero la conexión o añada salas por correo.</translation>
    </message>
    <message>
        <source>The app lacks the optional scope user:read:list_users:admin, so Roomdesk cannot list the account&apos;s users. Add the scope in the Zoom App Marketplace, or add rooms by e-mail.</source>
        <translation>A la aplicación le falta el ámbito opcional user:read:list_users:admin, así que Roomdesk no puede listar los usuarios de la cuenta. Añada el ámbito en Zoom App Marketplace o añada salas por correo.</translation>
    </message>
    <message>
        <source>Already a room</source>
        <translation>Ya es una sala</translation>
    </message>
    <message>
        <source>%1 (already a room)</source>
        <translation>%1 (ya es una sala)</translation>
    </message>
    <message numerus="yes">
        <source>%n licensed user(s).</source>
        <translation>
            <numerusform>%n usuario con licencia.</numerusform>
            <numerusform>%n usuarios con licencia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the pool.</source>
        <translation>
            <numerusform>%n ya está en el grupo de salas.</numerusform>
            <numerusform>%n ya están en el grupo de salas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Basic user(s) left out: they cannot host rooms.</source>
        <translation>
            <numerusform>%n usuario Basic omitido: no puede ser anfitrión de salas.</numerusform>
            <numerusform>%n usuarios Basic omitidos: no pueden ser anfitriones de salas.</numerusform>
        </translation>
    </message>
</context>
</TS>
