<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Roomdesk::AboutDialog</name>
    <message>
        <source>About Roomdesk</source>
        <translation>О программе Roomdesk</translation>
    </message>
    <message>
        <source>Runs your institution&apos;s Zoom account: shared rooms, event forms that become meetings and webinars, group links, a room calendar and attendance reports.</source>
        <translation>Управляет учётной записью Zoom вашей организации: общие комнаты, формы мероприятий, которые становятся конференциями и вебинарами, ссылки для групп, календарь комнат и отчёты о посещаемости.</translation>
    </message>
    <message>
        <source>Qt %1, database schema %2</source>
        <translation>Qt %1, схема базы данных %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
</context>
<context>
    <name>Roomdesk::AddRoomDialog</name>
    <message>
        <source>Add a room</source>
        <translation>Добавить комнату</translation>
    </message>
    <message>
        <source>A room is a licensed Zoom user whose account organizers share. New rooms start inactive unless you activate them here.</source>
        <translation>Комната — это лицензированный пользователь Zoom, чьей учётной записью пользуются организаторы. Новые комнаты неактивны, если не включить их здесь.</translation>
    </message>
    <message>
        <source>aula1@university.example</source>
        <translation>aula1@university.example</translation>
    </message>
    <message>
        <source>Aula 1</source>
        <translation>Аудитория 1</translation>
    </message>
    <message>
        <source>Host e-mail:</source>
        <translation>Почта организатора Zoom:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Active: takes requests now</source>
        <translation>Активна: сразу принимает заявки</translation>
    </message>
    <message>
        <source>Assigned automatically (otherwise only by an administrator)</source>
        <translation>Назначается автоматически (иначе только администратором)</translation>
    </message>
    <message>
        <source>The host has a webinar licence</source>
        <translation>У организатора есть лицензия на вебинары</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Добавить комнату</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Allocator</name>
    <message>
        <source>A request needs a title.</source>
        <translation>У заявки должно быть название.</translation>
    </message>
    <message>
        <source>A title has at most %1 characters; this one has %2.</source>
        <translation>Название — не больше %1 символов, а в этом %2.</translation>
    </message>
    <message>
        <source>A request needs a start date and time.</source>
        <translation>У заявки должны быть дата и время начала.</translation>
    </message>
    <message>
        <source>The duration must be from 1 minute to 23 h 59 min (%1 minutes), not %2.</source>
        <translation>Длительность должна быть от 1 минуты до 23 ч 59 мин (%1 минут), а не %2.</translation>
    </message>
    <message>
        <source>No active, automatically assigned room has a webinar licence. Contact the administrators for a room.</source>
        <translation>Ни у одной активной комнаты с автоматическим назначением нет лицензии на вебинары. Обратитесь к администраторам за комнатой.</translation>
    </message>
    <message>
        <source>No room is active and assigned automatically. Contact the administrators for a room.</source>
        <translation>Нет ни одной активной комнаты с автоматическим назначением. Обратитесь к администраторам за комнатой.</translation>
    </message>
    <message numerus="yes">
        <source>All %n suitable room(s) are booked at that time, buffers included. The request waits and gets a room as soon as one is free; contact the administrators for a room sooner.</source>
        <translation>
            <numerusform>Подходящая комната (%n) в это время занята с учётом буферов. Заявка ждёт и получит комнату, как только она освободится; чтобы получить её раньше, обратитесь к администраторам.</numerusform>
            <numerusform>Все %n подходящие комнаты в это время заняты с учётом буферов. Заявка ждёт и получит комнату, как только одна освободится; чтобы получить её раньше, обратитесь к администраторам.</numerusform>
            <numerusform>Все %n подходящих комнат в это время заняты с учётом буферов. Заявка ждёт и получит комнату, как только одна освободится; чтобы получить её раньше, обратитесь к администраторам.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 is cancelled already.</source>
        <translation>Заявка %1 уже отменена.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Заявки %1 нет.</translation>
    </message>
    <message>
        <source>Request %1 is cancelled; it cannot get a room.</source>
        <translation>Заявка %1 отменена; ей нельзя дать комнату.</translation>
    </message>
    <message>
        <source>%1 has no webinar licence; request %2 is a webinar.</source>
        <translation>У %1 нет лицензии на вебинары, а заявка %2 — вебинар.</translation>
    </message>
    <message>
        <source>%1 is booked at that time, buffers included, by request(s) %2; a room is never double-booked. Cancel or move them first, or choose another room.</source>
        <translation>%1 в это время занята с учётом буферов заявками %2; комната никогда не бронируется дважды. Сначала отмените или перенесите их либо выберите другую комнату.</translation>
    </message>
    <message>
        <source>An organizer&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>Имя организатора — не более %1 символов; здесь %2.</translation>
    </message>
    <message>
        <source>Request %1 is cancelled; it cannot change.</source>
        <translation>Запрос %1 отменён; его нельзя изменить.</translation>
    </message>
    <message>
        <source>Request %1 cannot change between meeting and webinar.</source>
        <translation>Запрос %1 нельзя превратить из встречи в вебинар или обратно.</translation>
    </message>
    <message>
        <source>Request %1 is the room of event %2, which already has its Zoom meeting under that room&apos;s host. Cancel the event and create it again in another room.</source>
        <translation>Запрос %1 — это комната мероприятия %2, у которого уже есть встреча в Zoom под организатором этой комнаты. Отмените мероприятие и создайте его заново в другой комнате.</translation>
    </message>
    <message>
        <source>Request %1 is the room of event %2; cancel the event instead, so that its Zoom meeting goes too.</source>
        <translation>Запрос %1 — это комната мероприятия %2; отмените мероприятие, чтобы вместе с ним удалилась и встреча в Zoom.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ArgumentParser</name>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Неизвестный параметр «%1».</translation>
    </message>
    <message>
        <source>The option %1 does not take a value.</source>
        <translation>Параметр %1 не принимает значение.</translation>
    </message>
    <message>
        <source>The option %1 needs a value (%2).</source>
        <translation>Параметру %1 нужно значение (%2).</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number from %2 to %3.</source>
        <translation>Параметру --%1 нужно целое число от %2 до %3.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::AttendanceChart</name>
    <message>
        <source>Attendance over time</source>
        <translation>Посещаемость во времени</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <comment>time zone&apos;s city</comment>
        <translation>Время (%1)</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Присутствуют</translation>
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
            <numerusform>%n отдельный отрезок присутствия: выходил(а) и возвращался(ась).</numerusform>
            <numerusform>%n отдельных отрезка присутствия: выходил(а) и возвращался(ась).</numerusform>
            <numerusform>%n отдельных отрезков присутствия: выходил(а) и возвращался(ась).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>First join</source>
        <translation>Первый вход</translation>
    </message>
    <message>
        <source>Last leave</source>
        <translation>Последний выход</translation>
    </message>
    <message>
        <source>Segments</source>
        <comment>separate stretches of presence</comment>
        <translation>Отрезки</translation>
    </message>
    <message>
        <source>Attended time</source>
        <translation>Длительность</translation>
    </message>
</context>
<context>
    <name>Roomdesk::BookingDialog</name>
    <message>
        <source>Cancel the request</source>
        <translation>Отменить заявку</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Booking: %1</source>
        <translation>Бронирование: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Why it waits: %1</source>
        <translation>Почему ожидает: %1</translation>
    </message>
    <message>
        <source>Assign a &amp;room…</source>
        <translation>Назначить &amp;комнату…</translation>
    </message>
    <message>
        <source>Move to another &amp;room…</source>
        <translation>Перенести в другую &amp;комнату…</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивна</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>no webinar licence</source>
        <translation>без лицензии на вебинары</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>Отменить «%1»?</translation>
    </message>
    <message>
        <source>Its room is freed at once and the requests waiting for a room are tried again. This cannot be undone.</source>
        <translation>Комната сразу освобождается, и ожидающие заявки пробуются снова. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>It stops waiting for a room. This cannot be undone.</source>
        <translation>Заявка перестанет ждать комнату. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>There is no other room to choose.</source>
        <translation>Другой комнаты для выбора нет.</translation>
    </message>
    <message>
        <source>Assigning the room…</source>
        <translation>Назначение комнаты…</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Назначена комната %1.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Organizer:</source>
        <translation>Организатор:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Комната:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Сессия:</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Ваше время:</translation>
    </message>
    <message>
        <source>Room blocked:</source>
        <translation>Комната занята:</translation>
    </message>
    <message>
        <source>Admission:</source>
        <translation>Допуск:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Заявка:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Комната:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>&amp;Отменить заявку…</translation>
    </message>
</context>
<context>
    <name>Roomdesk::BookingTexts</name>
    <message>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Has a room</source>
        <translation>Комната назначена</translation>
    </message>
    <message>
        <source>Waiting for a room</source>
        <translation>Ожидает комнату</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Зал ожидания</translation>
    </message>
    <message>
        <source>Automatic admission</source>
        <translation>Автоматический допуск</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
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
        <translation>По политике</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
</context>
<context>
    <name>Roomdesk::BufferPolicyForm</name>
    <message>
        <source>Preparation before the start:</source>
        <translation>Подготовка до начала:</translation>
    </message>
    <message>
        <source>Courtesy after the end:</source>
        <translation>Запас после окончания:</translation>
    </message>
    <message>
        <source>Post-processing after courtesy:</source>
        <translation>Обработка после запаса:</translation>
    </message>
    <message>
        <source>Credentials sent before the start:</source>
        <translation>Данные для входа — до начала за:</translation>
    </message>
    <message>
        <source>End warning before the end:</source>
        <translation>Предупреждение до окончания за:</translation>
    </message>
    <message>
        <source>Report deadline after the end:</source>
        <translation>Срок отчёта после окончания:</translation>
    </message>
    <message>
        <source>The host prepares the room; nobody else can book it then.</source>
        <translation>Организатор готовит комнату; в это время её нельзя занять.</translation>
    </message>
    <message>
        <source>The session may run over by this much.</source>
        <translation>Сессия может затянуться на столько.</translation>
    </message>
    <message>
        <source>Recordings and reports are processed before the next booking.</source>
        <translation>Записи и отчёты обрабатываются до следующего бронирования.</translation>
    </message>
    <message>
        <source>When the organizer receives the room&apos;s start link.</source>
        <translation>Когда организатор получает ссылку для запуска комнаты.</translation>
    </message>
    <message>
        <source>The host is warned this long before the scheduled end.</source>
        <translation>Организатор получает предупреждение за столько до планового окончания.</translation>
    </message>
    <message>
        <source>The attendance report is expected within this time after the end.</source>
        <translation>Отчёт о посещаемости ожидается в течение этого времени после окончания.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Apply to all bookings</source>
        <translation>Применить ко всем бронированиям</translation>
    </message>
    <message>
        <source>Current bookings take the new buffers; new overlaps are reported, never moved silently, and waiting requests are retried.</source>
        <translation>Текущие бронирования получают новые интервалы; новые пересечения сообщаются, а не переносятся молча, а ожидающие заявки пробуются снова.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
</context>
<context>
    <name>Roomdesk::BufferPolicyStore</name>
    <message>
        <source>preparation</source>
        <translation>подготовка</translation>
    </message>
    <message>
        <source>courtesy</source>
        <translation>время вежливости</translation>
    </message>
    <message>
        <source>post-processing</source>
        <translation>постобработка</translation>
    </message>
    <message>
        <source>credentials lead time</source>
        <translation>заблаговременность отправки учётных данных</translation>
    </message>
    <message>
        <source>end warning</source>
        <translation>предупреждение о завершении</translation>
    </message>
    <message>
        <source>report deadline</source>
        <translation>срок отчёта</translation>
    </message>
    <message>
        <source>The %1 must be between 0 and %2 minutes, not %3.</source>
        <translation>Значение «%1» должно быть от 0 до %2 минут, а не %3.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CalendarLegend</name>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>Preparation and after-session buffers</source>
        <translation>Интервалы до и после сессии</translation>
    </message>
    <message>
        <source>Waiting for a room</source>
        <translation>Ожидает комнату</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CalendarPage</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: %1</source>
        <translation>Не удалось загрузить календарь: %1</translation>
    </message>
    <message>
        <source>No bookings match the filters in this period</source>
        <translation>В этом периоде нет бронирований, подходящих под фильтры</translation>
    </message>
    <message>
        <source>No bookings in this period</source>
        <translation>В этом периоде нет бронирований</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week: its first and last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2 — Enter or double-click opens it</source>
        <translation>%1, %2 — Enter или двойной щелчок открывает</translation>
    </message>
    <message>
        <source>“%1” was cancelled.</source>
        <translation>«%1» отменено.</translation>
    </message>
    <message>
        <source>The calendar could not be saved to “%1”.</source>
        <translation>Не удалось сохранить календарь в «%1».</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Export the calendar as PNG</source>
        <translation>Экспорт календаря в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>One day across the view</source>
        <translation>Один день на всю ширину</translation>
    </message>
    <message>
        <source>Seven days across the view</source>
        <translation>Семь дней на всю ширину</translation>
    </message>
    <message>
        <source>Previous period (Page Up)</source>
        <translation>Предыдущий период (Page Up)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Go to now (Home)</source>
        <translation>К текущему моменту (Home)</translation>
    </message>
    <message>
        <source>Next period (Page Down)</source>
        <translation>Следующий период (Page Down)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−, Ctrl+wheel)</source>
        <translation>Уменьшить (Ctrl+−, Ctrl+колесо)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>Увеличить (Ctrl++, Ctrl+колесо)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <source>Save the visible part of the calendar as a PNG image</source>
        <translation>Сохранить видимую часть календаря как изображение PNG</translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation>Экспорт iCalendar…</translation>
    </message>
    <message>
        <source>Save the bookings of this period as an iCalendar (.ics) file</source>
        <translation>Сохранить бронирования этого периода в файл iCalendar (.ics)</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Комната:</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Все комнаты</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Meetings and webinars</source>
        <translation>Встречи и вебинары</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Вебинары</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Организатор:</translation>
    </message>
    <message>
        <source>Any organizer</source>
        <translation>Любой организатор</translation>
    </message>
    <message>
        <source>“%1” has room %2, blocked %3.</source>
        <translation>«%1» получает комнату %2, занята %3.</translation>
    </message>
    <message>
        <source>“%1” is waiting for a room: %2</source>
        <translation>«%1» ждёт комнату: %2</translation>
    </message>
    <message>
        <source>Import room requests from CSV</source>
        <translation>Импорт заявок на комнаты из CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking and importing “%1”…</source>
        <translation>Проверка и импорт «%1»…</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests waiting for a room are in the top lane, with the reason.</source>
        <translation>Заявки, ожидающие комнату, — в верхней полосе, с причиной.</translation>
    </message>
    <message>
        <source>Request a room…</source>
        <translation>Запросить комнату…</translation>
    </message>
    <message>
        <source>Book a room for a session without a Zoom meeting; it waits for a room when none is free</source>
        <translation>Забронировать комнату для сеанса без встречи Zoom; если свободной нет, заявка ждёт комнату</translation>
    </message>
    <message>
        <source>Import requests…</source>
        <translation>Импорт заявок…</translation>
    </message>
    <message>
        <source>Request rooms for every row of a CSV file (title, start, tz, duration, optional webinar, admission and organizer); nothing is stored if a row is wrong</source>
        <translation>Запросить комнаты для каждой строки CSV-файла (title, start, tz, duration и по желанию webinar, admission и organizer); если хоть одна строка неверна, ничего не сохраняется</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::CalendarCommand</name>
    <message>
        <source>--from and --to take dates such as 2026-03-02 (or times with an offset), and --to comes after --from.</source>
        <translation>--from и --to принимают даты вида 2026-03-02 (или время со смещением), и --to идёт после --from.</translation>
    </message>
    <message>
        <source>--room takes a room&apos;s number.</source>
        <translation>--room принимает номер комнаты.</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>Комнаты %1 нет.</translation>
    </message>
    <message>
        <source>pending: %1 #%2 %3</source>
        <translation>ожидает: %1 #%2 %3</translation>
    </message>
    <message>
        <source>The rooms&apos; bookings (blocked time with buffers) and the pending requests in a date range</source>
        <translation>Брони комнат (занятое время с буферами) и ожидающие заявки за период</translation>
    </message>
    <message>
        <source>First day, e.g. 2026-03-02 (default: today, UTC)</source>
        <translation>Первый день, например 2026-03-02 (по умолчанию сегодня, UTC)</translation>
    </message>
    <message>
        <source>Last day, included (default: a week)</source>
        <translation>Последний день включительно (по умолчанию неделя)</translation>
    </message>
    <message>
        <source>Only this room</source>
        <translation>Только эта комната</translation>
    </message>
    <message>
        <source>Cannot write the calendar to %1: %2</source>
        <translation>Не удаётся записать календарь в %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n booking(s) to standard output.</source>
        <translation>
            <numerusform>В стандартный вывод записано %n бронирование.</numerusform>
            <numerusform>В стандартный вывод записано %n бронирования.</numerusform>
            <numerusform>В стандартный вывод записано %n бронирований.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n booking(s) to %1.</source>
        <translation>
            <numerusform>В %1 записано %n бронирование.</numerusform>
            <numerusform>В %1 записано %n бронирования.</numerusform>
            <numerusform>В %1 записано %n бронирований.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending request(s) included as tentative.</source>
        <translation>
            <numerusform>%n ожидающая заявка включена как предварительная.</numerusform>
            <numerusform>%n ожидающие заявки включены как предварительные.</numerusform>
            <numerusform>%n ожидающих заявок включены как предварительные.</numerusform>
        </translation>
    </message>
    <message>
        <source>--json and --ics are two outputs; choose one.</source>
        <translation>--json и --ics — два разных вывода; выберите один.</translation>
    </message>
    <message>
        <source>Write an iCalendar file for calendar applications instead (- for standard output)</source>
        <translation>Вместо этого записать файл iCalendar для приложений-календарей (- для стандартного вывода)</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::CliApplication</name>
    <message>
        <source>Use this database file instead of the default one</source>
        <translation>Использовать этот файл базы данных вместо файла по умолчанию</translation>
    </message>
    <message>
        <source>Print results as JSON for scripts</source>
        <translation>Выводить результаты в JSON для сценариев</translation>
    </message>
    <message>
        <source>Language of messages</source>
        <translation>Язык сообщений</translation>
    </message>
    <message>
        <source>Print diagnostic messages to standard error</source>
        <translation>Выводить диагностические сообщения в стандартный поток ошибок</translation>
    </message>
    <message>
        <source>Show help and exit</source>
        <translation>Показать справку и выйти</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use es, ru or en.</source>
        <translation>Неизвестный язык «%1»; используйте es, ru или en.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>“%1” needs a subcommand.</source>
        <translation>Для «%1» нужна подкоманда.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>The option --db needs a file path.</source>
        <translation>Параметру --db нужен путь к файлу.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>Run “%1 --help” for the list of commands and options.</source>
        <translation>Запустите «%1 --help», чтобы увидеть список команд и параметров.</translation>
    </message>
    <message>
        <source>Roomdesk from the command line: the scriptable twin of the Roomdesk window.</source>
        <translation>Roomdesk в командной строке: двойник окна Roomdesk для сценариев.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Show help for a command</source>
        <translation>Показать справку по команде</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Общие параметры:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused or failed, 2 wrong usage.</source>
        <translation>Код завершения: 0 — успех, 1 — отказ или ошибка, 2 — неверный вызов.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>[global options] &lt;command&gt; [options]</source>
        <translation>[общие параметры] &lt;команда&gt; [параметры]</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[параметры]</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::CredentialsCommands</name>
    <message>
        <source>Give the %1 either with --%2 or with --%3, not both.</source>
        <translation>%1 передаётся либо через --%2, либо через --%3, но не обоими способами.</translation>
    </message>
    <message>
        <source>Only one secret can come from standard input; give the other with its --…-env option.</source>
        <translation>Из стандартного ввода можно прочитать только один секрет; второй передайте через его параметр --…-env.</translation>
    </message>
    <message>
        <source>Nothing to set: give at least one of --base-url, --account-id, --client-id or a secret option.</source>
        <translation>Нечего сохранять: укажите хотя бы --base-url, --account-id, --client-id или параметр секрета.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set; it must hold the %2.</source>
        <translation>Переменная окружения %1 пуста или не задана; в ней должен быть %2.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Не удаётся прочитать стандартный ввод.</translation>
    </message>
    <message>
        <source>Standard input is empty; it must hold the %1.</source>
        <translation>Стандартный ввод пуст; в нём должен быть %1.</translation>
    </message>
    <message>
        <source>Saved. Run “roomdeskctl credentials test” to check the connection.</source>
        <translation>Сохранено. Запустите «roomdeskctl credentials test», чтобы проверить подключение.</translation>
    </message>
    <message>
        <source>unknown (keychain unavailable)</source>
        <translation>неизвестно (связка ключей недоступна)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>хранится в связке ключей</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>не сохранён</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Zoom address</source>
        <translation>Адрес Zoom</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n scope(s) granted</source>
        <translation>
            <numerusform>%1, предоставлена %n область доступа</numerusform>
            <numerusform>%1, предоставлены %n области доступа</numerusform>
            <numerusform>%1, предоставлено %n областей доступа</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>The Zoom connection was forgotten, but a secret could not be removed: %1</source>
        <translation>Подключение к Zoom забыто, но один из секретов удалить не удалось: %1</translation>
    </message>
    <message>
        <source>The Zoom connection and its secrets were forgotten.</source>
        <translation>Подключение к Zoom и его секреты забыты.</translation>
    </message>
    <message>
        <source>Zoom&apos;s address: https://zoom.us, https://zoomgov.com or a sandbox&apos;s</source>
        <translation>Адрес Zoom: https://zoom.us, https://zoomgov.com или адрес песочницы</translation>
    </message>
    <message>
        <source>The app&apos;s Account ID</source>
        <translation>Account ID приложения</translation>
    </message>
    <message>
        <source>The app&apos;s Client ID</source>
        <translation>Client ID приложения</translation>
    </message>
    <message>
        <source>Read the Client Secret from standard input</source>
        <translation>Прочитать Client Secret из стандартного ввода</translation>
    </message>
    <message>
        <source>Environment variable that holds the Client Secret</source>
        <translation>Переменная окружения, в которой хранится Client Secret</translation>
    </message>
    <message>
        <source>Read the webhook Secret Token from standard input</source>
        <translation>Прочитать Secret Token веб-хука из стандартного ввода</translation>
    </message>
    <message>
        <source>Environment variable that holds the webhook Secret Token</source>
        <translation>Переменная окружения, в которой хранится Secret Token веб-хуков</translation>
    </message>
    <message>
        <source>Store the Zoom connection: ids in the database, secrets in the system keychain (never on the command line)</source>
        <translation>Сохранить подключение к Zoom: идентификаторы — в базе данных, секреты — в системной связке ключей (никогда в командной строке)</translation>
    </message>
    <message>
        <source>Show what is configured and whether each secret is stored (never the secret)</source>
        <translation>Показать, что настроено и сохранён ли каждый секрет (но не сам секрет)</translation>
    </message>
    <message>
        <source>Exchange a token with the stored credentials and check the scopes; exit 1 when that fails or a required scope is missing</source>
        <translation>Получить токен по сохранённым учётным данным и проверить области доступа; код 1, если это не удалось или не хватает обязательной области</translation>
    </message>
    <message>
        <source>Forget the stored Zoom connection and remove its secrets from the keychain</source>
        <translation>Забыть сохранённое подключение к Zoom и удалить его секреты из связки ключей</translation>
    </message>
    <message>
        <source>No Zoom connection is configured yet. Run the setup wizard, or “roomdeskctl credentials set --account-id … --client-id … --client-secret-stdin”.</source>
        <translation>Подключение к Zoom ещё не настроено. Запустите мастер настройки или «roomdeskctl credentials set --account-id … --client-id … --client-secret-stdin».</translation>
    </message>
    <message>
        <source>The Client Secret is not stored in the keychain. Run “roomdeskctl credentials set --client-secret-stdin” or the setup wizard.</source>
        <translation>Client Secret не сохранён в связке ключей. Запустите «roomdeskctl credentials set --client-secret-stdin» или мастер настройки.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::DatabaseCommands</name>
    <message>
        <source>Path:</source>
        <translation>Путь:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Версия схемы:</translation>
    </message>
    <message>
        <source>%1 (latest known: %2)</source>
        <translation>%1 (последняя известная: %2)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 байт)</translation>
    </message>
    <message>
        <source>Database ID:</source>
        <translation>ID базы данных:</translation>
    </message>
    <message>
        <source>Created with:</source>
        <translation>Создана в:</translation>
    </message>
    <message>
        <source>Roomdesk %1</source>
        <translation>Roomdesk %1</translation>
    </message>
    <message>
        <source>Show the database path, schema version and size (creates and updates the database if needed)</source>
        <translation>Показать путь, версию схемы и размер базы данных (при необходимости создаёт и обновляет её)</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::EventCommands</name>
    <message numerus="yes">
        <source>Event %1 “%2” (%3 %4, %n min): %5</source>
        <translation>
            <numerusform>Мероприятие %1 «%2» (%3 %4, %n мин): %5</numerusform>
            <numerusform>Мероприятие %1 «%2» (%3 %4, %n мин): %5</numerusform>
            <numerusform>Мероприятие %1 «%2» (%3 %4, %n мин): %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Room %1.</source>
        <translation>Комната %1.</translation>
    </message>
    <message>
        <source>Zoom %1, %2.</source>
        <translation>Zoom %1, %2.</translation>
    </message>
    <message>
        <source>--waiting-room and --auto-admit contradict each other.</source>
        <translation>--waiting-room и --auto-admit противоречат друг другу.</translation>
    </message>
    <message>
        <source>--start needs a local date and time such as 2026-03-02T09:30, without an offset: --tz gives the time zone.</source>
        <translation>--start ожидает местные дату и время, например 2026-03-02T09:30, без смещения: часовой пояс задаёт --tz.</translation>
    </message>
    <message>
        <source>--duration needs whole minutes, e.g. 90.</source>
        <translation>--duration ожидает целое число минут, например 90.</translation>
    </message>
    <message>
        <source>--capacity needs a whole number of participants, or “unlimited”.</source>
        <translation>--capacity ожидает целое число участников или «unlimited».</translation>
    </message>
    <message>
        <source>--group needs a group&apos;s number, as “group list” shows it, or “none”.</source>
        <translation>--group ожидает номер группы, как его показывает «group list», или «none».</translation>
    </message>
    <message>
        <source>“event create” needs --%1.</source>
        <translation>«event create» требует --%1.</translation>
    </message>
    <message>
        <source>Zoom is not connected, so the event could not become a meeting. Run “roomdeskctl credentials set” or the setup wizard first.</source>
        <translation>Zoom не подключён, поэтому мероприятие не может стать встречей. Сначала выполните «roomdeskctl credentials set» или мастер настройки.</translation>
    </message>
    <message>
        <source>Give the event&apos;s number, as “event list” shows it.</source>
        <translation>Укажите номер мероприятия, как его показывает «event list».</translation>
    </message>
    <message>
        <source>Start link (valid for a short time): %1</source>
        <translation>Ссылка для запуска (действует недолго): %1</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-03-02.</source>
        <translation>--%1 ожидает дату, например 2026-03-02.</translation>
    </message>
    <message>
        <source>Zoom is not connected; nothing can be synchronized.</source>
        <translation>Zoom не подключён; синхронизировать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending Zoom operation(s) finished.</source>
        <translation>
            <numerusform>Завершена %n незавершённая операция Zoom.</numerusform>
            <numerusform>Завершены %n незавершённые операции Zoom.</numerusform>
            <numerusform>Завершено %n незавершённых операций Zoom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) created in Zoom after getting a room.</source>
        <translation>
            <numerusform>%n мероприятие создано в Zoom после получения комнаты.</numerusform>
            <numerusform>%n мероприятия созданы в Zoom после получения комнаты.</numerusform>
            <numerusform>%n мероприятий создано в Zoom после получения комнаты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed in Zoom, %1 deleted there.</source>
        <translation>
            <numerusform>%n мероприятие изменено в Zoom, %1 удалено там.</numerusform>
            <numerusform>%n мероприятия изменены в Zoom, %1 удалено там.</numerusform>
            <numerusform>%n мероприятий изменено в Zoom, %1 удалено там.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one: --take-zoom or --keep-ours.</source>
        <translation>Выберите одно: --take-zoom или --keep-ours.</translation>
    </message>
    <message>
        <source>The event topic (at most 255 characters)</source>
        <translation>Тема мероприятия (не более 255 символов)</translation>
    </message>
    <message>
        <source>The Zoom topic (at most 200 characters; default: the event topic)</source>
        <translation>Тема в Zoom (не более 200 символов; по умолчанию — тема мероприятия)</translation>
    </message>
    <message>
        <source>Local start, e.g. 2026-03-02T09:30</source>
        <translation>Местное время начала, например 2026-03-02T09:30</translation>
    </message>
    <message>
        <source>The start&apos;s time zone, e.g. Europe/Madrid</source>
        <translation>Часовой пояс начала, например Europe/Madrid</translation>
    </message>
    <message>
        <source>Minutes, 1 to 1439</source>
        <translation>Минуты, от 1 до 1439</translation>
    </message>
    <message>
        <source>A chosen room (default: allocated automatically)</source>
        <translation>Выбранная комната (по умолчанию назначается автоматически)</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Ожидаемое число участников</translation>
    </message>
    <message>
        <source>Who leads the session</source>
        <translation>Кто ведёт занятие</translation>
    </message>
    <message>
        <source>Where (default: online)</source>
        <translation>Где (по умолчанию: online)</translation>
    </message>
    <message>
        <source>Participants wait until admitted (default)</source>
        <translation>Участники ждут, пока их впустят (по умолчанию)</translation>
    </message>
    <message>
        <source>Participants are admitted automatically</source>
        <translation>Участники допускаются автоматически</translation>
    </message>
    <message>
        <source>The agenda (at most 2000 characters)</source>
        <translation>Повестка (не более 2000 символов)</translation>
    </message>
    <message>
        <source>The participant group</source>
        <translation>Группа участников</translation>
    </message>
    <message>
        <source>Not supported: refused with the reason</source>
        <translation>Не поддерживается: отклоняется с объяснением причины</translation>
    </message>
    <message>
        <source>Create an event: allocate a room and create the Zoom meeting or webinar</source>
        <translation>Создать мероприятие: выделить комнату и создать встречу или вебинар в Zoom</translation>
    </message>
    <message>
        <source>A webinar instead of a meeting</source>
        <translation>Вебинар вместо встречи</translation>
    </message>
    <message>
        <source>List events</source>
        <translation>Показать мероприятия</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Only this status: pending_room, scheduled, not_started_yet, in_progress, ended, cancelled</source>
        <translation>Только этот статус: pending_room, scheduled, not_started_yet, in_progress, ended, cancelled</translation>
    </message>
    <message>
        <source>Show an event</source>
        <translation>Показать мероприятие</translation>
    </message>
    <message>
        <source>Also fetch a fresh start link from Zoom</source>
        <translation>Также получить из Zoom свежую ссылку для запуска</translation>
    </message>
    <message>
        <source>Change an event and its Zoom meeting</source>
        <translation>Изменить мероприятие и его встречу в Zoom</translation>
    </message>
    <message>
        <source>Refused: no conversion</source>
        <translation>Отклоняется: преобразование невозможно</translation>
    </message>
    <message>
        <source>Cancel an event: delete it in Zoom and free its room</source>
        <translation>Отменить мероприятие: удалить его в Zoom и освободить комнату</translation>
    </message>
    <message>
        <source>Finish pending Zoom operations, create events that got a room and find changes made in Zoom</source>
        <translation>Завершить незавершённые операции Zoom, создать мероприятия, получившие комнату, и найти изменения, сделанные в Zoom</translation>
    </message>
    <message>
        <source>Skip the check for changes made in Zoom</source>
        <translation>Не проверять изменения, сделанные в Zoom</translation>
    </message>
    <message>
        <source>Settle an event changed or deleted in Zoom</source>
        <translation>Разрешить расхождение для мероприятия, изменённого или удалённого в Zoom</translation>
    </message>
    <message>
        <source>Take Zoom&apos;s values</source>
        <translation>Взять значения из Zoom</translation>
    </message>
    <message>
        <source>Push Roomdesk&apos;s values to Zoom</source>
        <translation>Отправить в Zoom значения Roomdesk</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::GroupCommands</name>
    <message>
        <source>the allocated room&apos;s join link</source>
        <translation>ссылка для входа из назначенной комнаты</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>with durations</source>
        <translation>с продолжительностью</translation>
    </message>
    <message>
        <source>without durations (a link Roomdesk does not control)</source>
        <translation>без продолжительности (ссылка, которой Roomdesk не управляет)</translation>
    </message>
    <message>
        <source>“%1” needs --%2.</source>
        <translation>Для «%1» нужен --%2.</translation>
    </message>
    <message>
        <source>--platform is one of %1.</source>
        <translation>--platform — одно из: %1.</translation>
    </message>
    <message>
        <source>Give the group&apos;s number, as “group list” shows it.</source>
        <translation>Укажите номер группы, как его показывает «group list».</translation>
    </message>
    <message>
        <source>There is no program “%1”; “program list” shows them.</source>
        <translation>Программы «%1» нет; список программ показывает «program list».</translation>
    </message>
    <message>
        <source>No groups yet. Add one with “roomdeskctl group add --program P --name N”.</source>
        <translation>Групп пока нет. Добавьте группу командой «roomdeskctl group add --program P --name N».</translation>
    </message>
    <message>
        <source>Group %1 removed.</source>
        <translation>Группа %1 удалена.</translation>
    </message>
    <message>
        <source>builtin, zoom-custom, zoom-webinar, google-meet, telegram or teams</source>
        <translation>builtin, zoom-custom, zoom-webinar, google-meet, telegram или teams</translation>
    </message>
    <message>
        <source>The group&apos;s own link; none for the built-in Zoom room</source>
        <translation>Собственная ссылка группы; для встроенной комнаты Zoom не нужна</translation>
    </message>
    <message>
        <source>Add a participant group to a program (created when new) with the platform it meets on</source>
        <translation>Добавить группу участников в программу (новая программа создаётся) с платформой, на которой группа собирается</translation>
    </message>
    <message>
        <source>The program&apos;s name</source>
        <translation>Название программы</translation>
    </message>
    <message>
        <source>The group&apos;s name, unique within its program</source>
        <translation>Название группы, уникальное в пределах программы</translation>
    </message>
    <message>
        <source>List the participant groups by program, with their platform and link</source>
        <translation>Показать группы участников по программам, с платформой и ссылкой</translation>
    </message>
    <message>
        <source>Only this program&apos;s groups</source>
        <translation>Только группы этой программы</translation>
    </message>
    <message>
        <source>Choose where a group meets; the link is checked for the platform and nothing changes if it fails</source>
        <translation>Выбрать, где собирается группа; ссылка проверяется для платформы, а если она не подходит, ничего не меняется</translation>
    </message>
    <message>
        <source>Rename a participant group</source>
        <translation>Переименовать группу участников</translation>
    </message>
    <message>
        <source>The group&apos;s new name</source>
        <translation>Новое название группы</translation>
    </message>
    <message>
        <source>Remove a participant group; its events stay, without a group</source>
        <translation>Удалить группу участников; её мероприятия остаются, но без группы</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::LinkCommands</name>
    <message>
        <source>--platform is one of %1.</source>
        <translation>--platform — одно из: %1.</translation>
    </message>
    <message>
        <source>Give the link to check after the options.</source>
        <translation>Укажите проверяемую ссылку после параметров.</translation>
    </message>
    <message>
        <source>Valid %1 link.</source>
        <translation>Ссылка %1 корректна.</translation>
    </message>
    <message>
        <source>Check a group&apos;s link for its platform: https, the provider&apos;s own hosts, a join link&apos;s shape</source>
        <translation>Проверить ссылку группы для её платформы: https, собственные домены провайдера, вид ссылки для входа</translation>
    </message>
    <message>
        <source>builtin, zoom-custom, zoom-webinar, google-meet, telegram or teams</source>
        <translation>builtin, zoom-custom, zoom-webinar, google-meet, telegram или teams</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::PolicyCommands</name>
    <message>
        <source>Preparation before the start</source>
        <translation>Подготовка до начала</translation>
    </message>
    <message>
        <source>Courtesy after the scheduled end</source>
        <translation>Время вежливости после планового окончания</translation>
    </message>
    <message>
        <source>Post-processing after the courtesy time</source>
        <translation>Постобработка после времени вежливости</translation>
    </message>
    <message>
        <source>Credentials sent before the start</source>
        <translation>Отправка учётных данных до начала</translation>
    </message>
    <message>
        <source>End warning before the scheduled end</source>
        <translation>Предупреждение до планового окончания</translation>
    </message>
    <message>
        <source>Attendance report due after the end</source>
        <translation>Отчёт о посещаемости после окончания</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>The option --%1 needs whole minutes from 0 to %2.</source>
        <translation>Параметру --%1 нужно целое число минут от 0 до %2.</translation>
    </message>
    <message>
        <source>Nothing to set: give at least one of --prep, --courtesy, --postprocess, --lead, --end-warning or --report-deadline.</source>
        <translation>Нечего менять: укажите хотя бы один из параметров --prep, --courtesy, --postprocess, --lead, --end-warning или --report-deadline.</translation>
    </message>
    <message>
        <source>Show the buffer policy in minutes</source>
        <translation>Показать политику буферов в минутах</translation>
    </message>
    <message>
        <source>Change the buffer policy (minutes; rooms may override the three buffers)</source>
        <translation>Изменить политику буферов (в минутах; комнаты могут переопределять три буфера)</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ProgramCommands</name>
    <message>
        <source>Give the program&apos;s number, as “program list” shows it.</source>
        <translation>Укажите номер программы, как его показывает «program list».</translation>
    </message>
    <message>
        <source>No programs yet. “roomdeskctl group add --program P --name N” creates one with its first group.</source>
        <translation>Программ пока нет. Команда «roomdeskctl group add --program P --name N» создаёт программу вместе с её первой группой.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группы</numerusform>
            <numerusform>%n групп</numerusform>
        </translation>
    </message>
    <message>
        <source>“program rename” needs --name.</source>
        <translation>Для «program rename» нужен --name.</translation>
    </message>
    <message>
        <source>Program %1 is now “%2”.</source>
        <translation>Программа %1 теперь называется «%2».</translation>
    </message>
    <message>
        <source>Program %1 and its groups removed.</source>
        <translation>Программа %1 и её группы удалены.</translation>
    </message>
    <message>
        <source>List the programs and how many groups each has</source>
        <translation>Показать программы и число групп в каждой</translation>
    </message>
    <message>
        <source>Rename a program</source>
        <translation>Переименовать программу</translation>
    </message>
    <message>
        <source>The program&apos;s new name</source>
        <translation>Новое название программы</translation>
    </message>
    <message>
        <source>Remove a program and its groups; their events stay, without a group</source>
        <translation>Удалить программу и её группы; их мероприятия остаются, но без группы</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ReconciliationReport</name>
    <message numerus="yes">
        <source>%n pending request(s) got a room.</source>
        <translation>
            <numerusform>%n ожидающая заявка получила комнату.</numerusform>
            <numerusform>%n ожидающие заявки получили комнату.</numerusform>
            <numerusform>%n ожидающих заявок получили комнату.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests %1 and %2 now overlap in %3 with the new buffers; cancel one or give the buffers back.</source>
        <translation>Заявки %1 и %2 теперь пересекаются в %3 с новыми буферами; отмените одну из них или верните прежние буферы.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ReportCommands</name>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 — обязательный параметр.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>--from and --to take dates such as 2026-03-02, and --to is not before --from.</source>
        <translation>--from и --to принимают даты вида 2026-03-02, и --to не может быть раньше --from.</translation>
    </message>
    <message>
        <source>No ended events in this range.</source>
        <translation>За этот период нет завершённых мероприятий.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Give either --meeting ID or --webinar ID.</source>
        <translation>Укажите либо --meeting ID, либо --webinar ID.</translation>
    </message>
    <message>
        <source>“%1” is not a meeting or webinar ID (a number, or an instance&apos;s UUID).</source>
        <translation>«%1» — не ID конференции или вебинара (число или UUID отдельного сеанса).</translation>
    </message>
    <message>
        <source>Zoom is not connected; run “roomdeskctl credentials set” first.</source>
        <translation>Zoom не подключён; сначала выполните «roomdeskctl credentials set».</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written.</source>
        <translation>
            <numerusform>Записан %n отчёт.</numerusform>
            <numerusform>Записано %n отчёта.</numerusform>
            <numerusform>Записано %n отчётов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved Zoom participant pages: one page object or an array of them (- for standard input)</source>
        <translation>Сохранённые страницы участников Zoom: один объект страницы или их массив (- — стандартный ввод)</translation>
    </message>
    <message>
        <source>The host&apos;s e-mail: their rows are not attendance</source>
        <translation>Адрес организатора: его записи не считаются посещением</translation>
    </message>
    <message>
        <source>The host&apos;s Zoom user id (participant_user_id), may be repeated</source>
        <translation>ID пользователя Zoom организатора (participant_user_id); можно указать несколько раз</translation>
    </message>
    <message>
        <source>The meeting&apos;s ID, or one instance&apos;s UUID</source>
        <translation>ID конференции или UUID одного из её сеансов</translation>
    </message>
    <message>
        <source>The webinar&apos;s ID, or one instance&apos;s UUID</source>
        <translation>ID вебинара или UUID одного из его сеансов</translation>
    </message>
    <message>
        <source>First day of the events&apos; start, e.g. 2026-03-02</source>
        <translation>Первый день начала мероприятий, например 2026-03-02</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>Последний день, включительно</translation>
    </message>
    <message>
        <source>The folder to write into</source>
        <translation>Папка для записи</translation>
    </message>
    <message>
        <source>Build an attendance CSV from saved Zoom participant pages (offline)</source>
        <translation>Построить CSV посещаемости из сохранённых страниц участников Zoom (без подключения)</translation>
    </message>
    <message>
        <source>Fetch an ended meeting&apos;s or webinar&apos;s attendance from Zoom into a CSV</source>
        <translation>Получить из Zoom посещаемость завершённой конференции или вебинара в CSV</translation>
    </message>
    <message>
        <source>Write the ready reports of the events in a date range into a folder, one CSV each</source>
        <translation>Записать в папку готовые отчёты мероприятий за период, по одному CSV на мероприятие</translation>
    </message>
    <message>
        <source>Ended events and the state of their reports (asks Zoom for those due)</source>
        <translation>Завершённые мероприятия и состояние их отчётов (запрашивает у Zoom ожидаемые)</translation>
    </message>
    <message>
        <source>The report was written but not kept with event %1: %2</source>
        <translation>Отчёт записан, но не сохранён вместе с мероприятием %1: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ReportOutput</name>
    <message>
        <source>The CSV file to write (- for standard output)</source>
        <translation>Записываемый CSV-файл (- — стандартный вывод)</translation>
    </message>
    <message>
        <source>Field delimiter: one character, or tab (default: ; in Spanish and Russian, , otherwise)</source>
        <translation>Разделитель полей: один символ или tab (по умолчанию ; для испанского и русского, иначе ,)</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte-order mark, for Excel</source>
        <translation>Начать файл с метки порядка байтов UTF-8 (для Excel)</translation>
    </message>
    <message>
        <source>Time zone of the times (default: this computer&apos;s)</source>
        <translation>Часовой пояс времени (по умолчанию — пояс этого компьютера)</translation>
    </message>
    <message>
        <source>--delimiter takes one character such as , or ; (or tab); not a quote, an apostrophe, a space or a line break.</source>
        <translation>--delimiter принимает один символ, например , или ; (или tab); не кавычку, апостроф, пробел или перевод строки.</translation>
    </message>
    <message>
        <source>--delimiter takes a character from the Basic Multilingual Plane, such as , or ;.</source>
        <translation>--delimiter принимает символ из базовой многоязычной плоскости, например , или ;.</translation>
    </message>
    <message numerus="yes">
        <source>No one besides the host attended (%n participant record(s) read): no report, no file written.</source>
        <translation>
            <numerusform>Кроме организатора, никто не присутствовал (прочитана %n запись об участниках): отчёта нет, файл не записан.</numerusform>
            <numerusform>Кроме организатора, никто не присутствовал (прочитано %n записи об участниках): отчёта нет, файл не записан.</numerusform>
            <numerusform>Кроме организатора, никто не присутствовал (прочитано %n записей об участниках): отчёта нет, файл не записан.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Не удаётся записать в стандартный вывод.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>стандартный вывод</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n record(s) of the host or the waiting room.</source>
        <translation>
            <numerusform>Исключена %n запись организатора или зала ожидания.</numerusform>
            <numerusform>Исключено %n записи организатора или зала ожидания.</numerusform>
            <numerusform>Исключено %n записей организатора или зала ожидания.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::RequestCommands</name>
    <message>
        <source>Request %1 “%2” (%3, %4): room %5, blocked %6 – %7.</source>
        <translation>Заявка %1 «%2» (%3, %4): комната %5, занята %6 – %7.</translation>
    </message>
    <message>
        <source>Request %1 “%2” (%3, %4): cancelled.</source>
        <translation>Заявка %1 «%2» (%3, %4): отменена.</translation>
    </message>
    <message>
        <source>Request %1 “%2” (%3, %4): pending. %5</source>
        <translation>Заявка %1 «%2» (%3, %4): ожидает. %5</translation>
    </message>
    <message>
        <source>“request add” needs --%1.</source>
        <translation>Для «request add» нужен --%1.</translation>
    </message>
    <message>
        <source>--waiting-room and --auto-admit contradict each other.</source>
        <translation>--waiting-room и --auto-admit противоречат друг другу.</translation>
    </message>
    <message>
        <source>--duration needs whole minutes, e.g. 90.</source>
        <translation>--duration нужно целое число минут, например 90.</translation>
    </message>
    <message>
        <source>Give the request&apos;s number, as “request list” shows it.</source>
        <translation>Укажите номер заявки, как его показывает «request list».</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Заявок пока нет.</translation>
    </message>
    <message>
        <source>Request a room: the first free one is booked with its buffers, or the request waits as pending</source>
        <translation>Запросить комнату: бронируется первая свободная с её буферами, иначе заявка ждёт</translation>
    </message>
    <message>
        <source>What the session is called</source>
        <translation>Название сеанса</translation>
    </message>
    <message>
        <source>Local start, e.g. 2026-03-02T09:30</source>
        <translation>Местное время начала, например 2026-03-02T09:30</translation>
    </message>
    <message>
        <source>Time zone of the start, e.g. Europe/Madrid</source>
        <translation>Часовой пояс начала, например Europe/Madrid</translation>
    </message>
    <message>
        <source>Minutes, 1 to 1439</source>
        <translation>Минуты, от 1 до 1439</translation>
    </message>
    <message>
        <source>A webinar (needs a webinar-capable room)</source>
        <translation>Вебинар (нужна комната с лицензией на вебинары)</translation>
    </message>
    <message>
        <source>Participants wait to be admitted (default)</source>
        <translation>Участники ждут допуска (по умолчанию)</translation>
    </message>
    <message>
        <source>Participants join directly</source>
        <translation>Участники входят сразу</translation>
    </message>
    <message>
        <source>Cancel a request; its room is freed and pending requests are retried</source>
        <translation>Отменить заявку; её комната освобождается, и ожидающие заявки пробуются снова</translation>
    </message>
    <message>
        <source>List the requests by start time</source>
        <translation>Показать заявки по времени начала</translation>
    </message>
    <message>
        <source>“request assign” needs --room with the room&apos;s e-mail.</source>
        <translation>Для «request assign» нужен --room с адресом почты комнаты.</translation>
    </message>
    <message>
        <source>No room has the e-mail %1.</source>
        <translation>Ни у одной комнаты нет адреса %1.</translation>
    </message>
    <message>
        <source>Give a request a room by hand (manual and inactive rooms too), if that room is free then</source>
        <translation>Вручную дать заявке комнату (в том числе ручную или неактивную), если она в это время свободна</translation>
    </message>
    <message>
        <source>The room&apos;s e-mail</source>
        <translation>Адрес почты комнаты</translation>
    </message>
    <message>
        <source>“request import” needs --csv FILE.</source>
        <translation>Для «request import» нужен --csv ФАЙЛ.</translation>
    </message>
    <message>
        <source>The CSV file, UTF-8, “,” or “;” separated</source>
        <translation>CSV-файл в UTF-8 с разделителем «,» или «;»</translation>
    </message>
    <message>
        <source>Who asked for the room (optional)</source>
        <translation>Кто запросил комнату (необязательно)</translation>
    </message>
    <message>
        <source>Request rooms for every row of a CSV file (title, start, tz, duration, optional webinar, admission and organizer); nothing is stored if a row is wrong</source>
        <translation>Запросить комнаты для каждой строки CSV-файла (title, start, tz, duration и по желанию webinar, admission и organizer); если хоть одна строка неверна, ничего не сохраняется</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::RoomsCommands</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>as the policy</source>
        <translation>по политике</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивна</translation>
    </message>
    <message>
        <source>manual assignment</source>
        <translation>назначение вручную</translation>
    </message>
    <message>
        <source>automatic assignment</source>
        <translation>автоматическое назначение</translation>
    </message>
    <message>
        <source>webinar licence</source>
        <translation>лицензия на вебинары</translation>
    </message>
    <message>
        <source>meetings only</source>
        <translation>только конференции</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Буферы</translation>
    </message>
    <message>
        <source>preparation %1, courtesy %2, post-processing %3</source>
        <translation>подготовка %1, время вежливости %2, постобработка %3</translation>
    </message>
    <message>
        <source>Give the room&apos;s number, as “rooms list” shows it.</source>
        <translation>Укажите номер комнаты, как его показывает «rooms list».</translation>
    </message>
    <message>
        <source>--%1 and --%2 contradict each other.</source>
        <translation>--%1 и --%2 противоречат друг другу.</translation>
    </message>
    <message>
        <source>“rooms add” needs --%1.</source>
        <translation>Для «rooms add» нужен --%1.</translation>
    </message>
    <message>
        <source>No rooms yet. Add one with “roomdeskctl rooms add --email E --name N”.</source>
        <translation>Комнат пока нет. Добавьте комнату командой «roomdeskctl rooms add --email E --name N».</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>, webinar</source>
        <translation>, вебинары</translation>
    </message>
    <message>
        <source>Room %1 removed.</source>
        <translation>Комната %1 удалена.</translation>
    </message>
    <message>
        <source>The room&apos;s own preparation buffer in minutes</source>
        <translation>Собственный буфер подготовки комнаты в минутах</translation>
    </message>
    <message>
        <source>The room&apos;s own courtesy time in minutes</source>
        <translation>Собственное время вежливости комнаты в минутах</translation>
    </message>
    <message>
        <source>The room&apos;s own post-processing time in minutes</source>
        <translation>Собственное время постобработки комнаты в минутах</translation>
    </message>
    <message>
        <source>The room&apos;s name</source>
        <translation>Название комнаты</translation>
    </message>
    <message>
        <source>The Zoom host&apos;s e-mail</source>
        <translation>Адрес почты организатора Zoom</translation>
    </message>
    <message>
        <source>Where the allocator looks at this room (1 first)</source>
        <translation>В каком порядке её рассматривает распределение (1 — первой)</translation>
    </message>
    <message>
        <source>Notes for administrators</source>
        <translation>Заметки для администраторов</translation>
    </message>
    <message>
        <source>Take part in allocation</source>
        <translation>Участвовать в распределении</translation>
    </message>
    <message>
        <source>Assigned only by hand</source>
        <translation>Назначается только вручную</translation>
    </message>
    <message>
        <source>The host has a webinar licence</source>
        <translation>У организатора есть лицензия на вебинары</translation>
    </message>
    <message>
        <source>Add a room (a licensed Zoom host); new rooms are inactive unless --active</source>
        <translation>Добавить комнату (лицензированного организатора Zoom); новые комнаты неактивны, если не указан --active</translation>
    </message>
    <message>
        <source>List the rooms in allocation order</source>
        <translation>Показать комнаты в порядке распределения</translation>
    </message>
    <message>
        <source>Change a room</source>
        <translation>Изменить комнату</translation>
    </message>
    <message>
        <source>Leave allocation</source>
        <translation>Не участвовать в распределении</translation>
    </message>
    <message>
        <source>Assigned automatically</source>
        <translation>Назначается автоматически</translation>
    </message>
    <message>
        <source>The host has no webinar licence</source>
        <translation>У организатора нет лицензии на вебинары</translation>
    </message>
    <message>
        <source>Remove a room</source>
        <translation>Удалить комнату</translation>
    </message>
    <message>
        <source>How many participants the room&apos;s licence admits</source>
        <translation>Сколько участников допускает лицензия комнаты</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::SandboxCommand</name>
    <message>
        <source>The option --%1 needs a whole number from %2 to %3.</source>
        <translation>Параметру --%1 нужно целое число от %2 до %3.</translation>
    </message>
    <message>
        <source>Unknown plan “%1”; use free, pro or business.</source>
        <translation>Неизвестный тариф «%1»; используйте free, pro или business.</translation>
    </message>
    <message>
        <source>Run the local Zoom sandbox on 127.0.0.1 and print its address and demo credentials as JSON</source>
        <translation>Запустить локальную песочницу Zoom на 127.0.0.1 и вывести её адрес и демонстрационные учётные данные в JSON</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port)</source>
        <translation>Порт для прослушивания (0 — любой свободный)</translation>
    </message>
    <message>
        <source>Seed of the generated data</source>
        <translation>Начальное значение для генерируемых данных</translation>
    </message>
    <message>
        <source>Zoom plan whose rate limits apply (default business)</source>
        <translation>Тариф Zoom, ограничения частоты которого действуют (по умолчанию business)</translation>
    </message>
    <message>
        <source>Scopes its tokens grant (default all)</source>
        <translation>Области доступа, которые дают его токены (по умолчанию all)</translation>
    </message>
    <message>
        <source>Number of Zoom users (default 8)</source>
        <translation>Количество пользователей Zoom (по умолчанию 8)</translation>
    </message>
    <message>
        <source>Lifetime of access tokens (default 3600)</source>
        <translation>Срок действия токенов доступа (по умолчанию 3600)</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. latency:0.3:250ms,5xx:0.1,reset:0.05,truncate:0.05</source>
        <translation>Внедряемые сбои, например latency:0.3:250ms,5xx:0.1,reset:0.05,truncate:0.05</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>«%1» — не адрес http или https.</translation>
    </message>
    <message>
        <source>--webhook-url needs --webhook-secret-env naming a variable that holds the Secret Token.</source>
        <translation>Для --webhook-url нужен --webhook-secret-env с именем переменной, в которой хранится Secret Token.</translation>
    </message>
    <message>
        <source>Send signed webhooks (after Zoom&apos;s URL validation) to this address</source>
        <translation>Отправлять подписанные веб-хуки (после проверки URL, как в Zoom) на этот адрес</translation>
    </message>
    <message>
        <source>Environment variable that holds the webhook Secret Token</source>
        <translation>Переменная окружения, в которой хранится Secret Token веб-хуков</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::VersionCommand</name>
    <message>
        <source>%1 %2 (Qt %3, database schema %4)</source>
        <translation>%1 %2 (Qt %3, схема базы данных %4)</translation>
    </message>
    <message>
        <source>Show the Roomdesk version</source>
        <translation>Показать версию Roomdesk</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::WebhookCommands</name>
    <message>
        <source>the signature does not match this body, timestamp and Secret Token</source>
        <translation>подпись не соответствует этому телу, метке времени и Secret Token</translation>
    </message>
    <message>
        <source>the timestamp is more than %1 s away from now</source>
        <translation>метка времени отличается от текущего времени более чем на %1 с</translation>
    </message>
    <message>
        <source>the timestamp must be whole seconds and the signature must start with “v0=”</source>
        <translation>метка времени должна быть целым числом секунд, а подпись должна начинаться с «v0=»</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <comment>a webhook signature</comment>
        <translation>недействительна: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>a webhook signature</comment>
        <translation>действительна</translation>
    </message>
    <message>
        <source>The standard input is not a JSON object; expected Zoom&apos;s endpoint.url_validation event.</source>
        <translation>Стандартный ввод — не объект JSON; ожидалось событие endpoint.url_validation от Zoom.</translation>
    </message>
    <message>
        <source>This is not an endpoint.url_validation event (its “event” is %1).</source>
        <translation>Это не событие endpoint.url_validation (его «event» — %1).</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>an absent JSON field</comment>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>The URL validation event has no “plainToken” in its payload.</source>
        <translation>В payload события проверки URL нет «plainToken».</translation>
    </message>
    <message>
        <source>“%1” is not an IP address (e.g. 127.0.0.1, 0.0.0.0 or ::1).</source>
        <translation>«%1» — не IP-адрес (например, 127.0.0.1, 0.0.0.0 или ::1).</translation>
    </message>
    <message>
        <source>The option --path needs a path that starts with “/”, e.g. /zoom/webhook.</source>
        <translation>Параметру --path нужен путь, начинающийся с «/», например /zoom/webhook.</translation>
    </message>
    <message>
        <source>HTTPS needs both --cert and --key.</source>
        <translation>Для HTTPS нужны и --cert, и --key.</translation>
    </message>
    <message>
        <source>Listening for Zoom webhooks at %1</source>
        <translation>Принимаем веб-хуки Zoom на %1</translation>
    </message>
    <message>
        <source>No Secret Token (none stored, no --secret-env): every request is answered 503 until one is set.</source>
        <translation>Нет Secret Token (ни сохранённого, ни --secret-env): на каждый запрос отвечаем 503, пока он не задан.</translation>
    </message>
    <message>
        <source>200 answered Zoom&apos;s URL validation</source>
        <translation>200: дан ответ на проверку URL от Zoom</translation>
    </message>
    <message>
        <source>200 stored %1 as event %2</source>
        <translation>200: %1 сохранено как событие %2</translation>
    </message>
    <message>
        <source>200 ignored a duplicate of %1 (stored before)</source>
        <translation>200: пропущен дубликат %1 (уже сохранён)</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1, отказ: %2</translation>
    </message>
    <message>
        <source>Environment variable that holds the webhook Secret Token</source>
        <translation>Переменная окружения с Secret Token веб-хука</translation>
    </message>
    <message>
        <source>Check a webhook&apos;s signature over the body on standard input; exit 0 valid, 1 invalid (--json: valid, reason, message)</source>
        <translation>Проверить подпись веб-хука по телу из стандартного ввода; код 0 — действительна, 1 — нет (--json: valid, reason, message)</translation>
    </message>
    <message>
        <source>The x-zm-request-timestamp header (seconds)</source>
        <translation>Заголовок x-zm-request-timestamp (секунды)</translation>
    </message>
    <message>
        <source>The x-zm-signature header (v0=…)</source>
        <translation>Заголовок x-zm-signature (v0=…)</translation>
    </message>
    <message>
        <source>Check against this time in seconds since 1970 instead of the clock</source>
        <translation>Сверять с этим моментом в секундах с 1970 года вместо часов</translation>
    </message>
    <message>
        <source>Largest difference in seconds between timestamp and now (default 300)</source>
        <translation>Наибольшая разница в секундах между меткой времени и текущим временем (по умолчанию 300)</translation>
    </message>
    <message>
        <source>Print the JSON answer to the endpoint.url_validation event on standard input</source>
        <translation>Вывести JSON-ответ на событие endpoint.url_validation из стандартного ввода</translation>
    </message>
    <message>
        <source>Receive Zoom&apos;s webhooks into the database until interrupted; one line per request</source>
        <translation>Принимать веб-хуки Zoom в базу данных до прерывания; одна строка на запрос</translation>
    </message>
    <message>
        <source>IP address to listen on (default 127.0.0.1)</source>
        <translation>IP-адрес для приёма (по умолчанию 127.0.0.1)</translation>
    </message>
    <message>
        <source>Port to listen on (default 0: any free port)</source>
        <translation>Порт для приёма (по умолчанию 0: любой свободный)</translation>
    </message>
    <message>
        <source>Path of the endpoint (default /zoom/webhook)</source>
        <translation>Путь конечной точки (по умолчанию /zoom/webhook)</translation>
    </message>
    <message>
        <source>TLS certificate (PEM) for HTTPS</source>
        <translation>TLS-сертификат (PEM) для HTTPS</translation>
    </message>
    <message>
        <source>Private key (PEM, unencrypted) of the certificate</source>
        <translation>Закрытый ключ сертификата (PEM, без шифрования)</translation>
    </message>
    <message>
        <source>Largest difference in seconds between a request&apos;s timestamp and now (default 300)</source>
        <translation>Наибольшая разница в секундах между меткой времени запроса и текущим временем (по умолчанию 300)</translation>
    </message>
    <message>
        <source>Largest request body accepted (default 524288)</source>
        <translation>Наибольший принимаемый размер тела запроса (по умолчанию 524288)</translation>
    </message>
    <message>
        <source>“%1” needs --%2.</source>
        <translation>Для «%1» нужен --%2.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set; it must hold the webhook Secret Token.</source>
        <translation>Переменная окружения %1 пуста или не задана; в ней должен быть Secret Token веб-хука.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ZoomCommands</name>
    <message>
        <source>The environment variable %1 is empty or not set; it must hold the Client Secret.</source>
        <translation>Переменная окружения %1 пуста или не задана; в ней должен быть Client Secret.</translation>
    </message>
    <message>
        <source>Zoom&apos;s address: https://zoom.us, https://zoomgov.com or a sandbox&apos;s</source>
        <translation>Адрес Zoom: https://zoom.us, https://zoomgov.com или адрес песочницы</translation>
    </message>
    <message>
        <source>The app&apos;s Account ID</source>
        <translation>Account ID приложения</translation>
    </message>
    <message>
        <source>The app&apos;s Client ID</source>
        <translation>Client ID приложения</translation>
    </message>
    <message>
        <source>Environment variable that holds the Client Secret</source>
        <translation>Переменная окружения, в которой хранится Client Secret</translation>
    </message>
    <message>
        <source>“zoom check” with options needs all of --base-url, --account-id, --client-id and --client-secret-env (--%1 is missing); without options it checks the stored credentials.</source>
        <translation>«zoom check» с параметрами требует все из --base-url, --account-id, --client-id и --client-secret-env (нет --%1); без параметров проверяются сохранённые учётные данные.</translation>
    </message>
    <message>
        <source>Exchange a token and list every scope as granted or missing; exit 1 when a required one is missing. Without options it uses the stored credentials</source>
        <translation>Получить токен и показать каждую область доступа как предоставленную или отсутствующую; код 1, если не хватает обязательной. Без параметров используются сохранённые учётные данные</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательная</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>дополнительная</translation>
    </message>
    <message>
        <source>Token received from %1; API at %2.</source>
        <translation>Токен получен от %1; API по адресу %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n required scope(s) missing. Add them to the app in the Zoom App Marketplace.</source>
        <translation>
            <numerusform>Не хватает %n обязательной области доступа. Добавьте её в приложение в Zoom App Marketplace.</numerusform>
            <numerusform>Не хватает %n обязательных областей доступа. Добавьте их в приложение в Zoom App Marketplace.</numerusform>
            <numerusform>Не хватает %n обязательных областей доступа. Добавьте их в приложение в Zoom App Marketplace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::CreateAppWizardPage</name>
    <message>
        <source>Create the app in the Zoom App Marketplace</source>
        <translation>Создайте приложение в Zoom App Marketplace</translation>
    </message>
    <message>
        <source>Keep this window open beside the browser.</source>
        <translation>Держите это окно открытым рядом с браузером.</translation>
    </message>
    <message>
        <source>Sign in at &lt;a href=&quot;https://marketplace.zoom.us/&quot;&gt;marketplace.zoom.us&lt;/a&gt; with the account you want to connect.</source>
        <translation>Войдите на &lt;a href=&quot;https://marketplace.zoom.us/&quot;&gt;marketplace.zoom.us&lt;/a&gt; под учётной записью, которую хотите подключить.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Develop&lt;/b&gt; (top right), then &lt;b&gt;Build App&lt;/b&gt;.</source>
        <translation>Нажмите &lt;b&gt;Develop&lt;/b&gt; (справа вверху), затем &lt;b&gt;Build App&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Server-to-Server OAuth App&lt;/b&gt; and click &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>Выберите &lt;b&gt;Server-to-Server OAuth App&lt;/b&gt; и нажмите &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Give the app a name, for example “Roomdesk”, and click &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>Дайте приложению имя, например «Roomdesk», и нажмите &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;App Credentials&lt;/b&gt; page shows the &lt;b&gt;Account ID&lt;/b&gt;, the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Client Secret&lt;/b&gt;; each has a copy button. You paste them on the next page.</source>
        <translation>На странице &lt;b&gt;App Credentials&lt;/b&gt; показаны &lt;b&gt;Account ID&lt;/b&gt;, &lt;b&gt;Client ID&lt;/b&gt; и &lt;b&gt;Client Secret&lt;/b&gt;, у каждого есть кнопка копирования. Их нужно вставить на следующей странице.</translation>
    </message>
    <message>
        <source>Fill in the &lt;b&gt;Information&lt;/b&gt; page (app description, developer name and e-mail) and continue; scopes and the event subscription come after the credentials.</source>
        <translation>Заполните страницу &lt;b&gt;Information&lt;/b&gt; (описание приложения, имя и почта разработчика) и продолжайте; области доступа и подписка на события — после учётных данных.</translation>
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
        <translation>Вставьте %1 со страницы приложения в Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>This is an address, not the %1. Copy the value shown next to “%1” in the Marketplace.</source>
        <translation>Это адрес, а не %1. Скопируйте значение рядом с «%1» в Marketplace.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address, not the %1.</source>
        <translation>Это похоже на адрес электронной почты, а не на %1.</translation>
    </message>
    <message>
        <source>The %1 contains a space or a line break; only part of it, or two values, were copied. Copy it again with the Marketplace&apos;s copy button.</source>
        <translation>%1 содержит пробел или перевод строки: скопирована только часть или два значения сразу. Скопируйте его ещё раз кнопкой копирования в Marketplace.</translation>
    </message>
    <message>
        <source>The %1 contains “%2”; Zoom&apos;s values have only Latin letters, digits, “-” and “_”.</source>
        <translation>%1 содержит «%2»; в значениях Zoom бывают только латинские буквы, цифры, «-» и «_».</translation>
    </message>
    <message numerus="yes">
        <source>The %1 is too short (%n character(s)); Zoom&apos;s are at least %2. Part of it may be missing.</source>
        <translation>
            <numerusform>%1 слишком короткий (%n символ); в Zoom не меньше %2. Возможно, часть потерялась.</numerusform>
            <numerusform>%1 слишком короткий (%n символа); в Zoom не меньше %2. Возможно, часть потерялась.</numerusform>
            <numerusform>%1 слишком короткий (%n символов); в Zoom не меньше %2. Возможно, часть потерялась.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 is too long (%n character(s)); several values may have been pasted together.</source>
        <translation>
            <numerusform>%1 слишком длинный (%n символ); возможно, вставлено несколько значений сразу.</numerusform>
            <numerusform>%1 слишком длинный (%n символа); возможно, вставлено несколько значений сразу.</numerusform>
            <numerusform>%1 слишком длинный (%n символов); возможно, вставлено несколько значений сразу.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Account ID and the Client ID are identical; one of them was pasted into both fields.</source>
        <translation>Account ID и Client ID совпадают: одно из значений вставлено в оба поля.</translation>
    </message>
    <message>
        <source>Choose where the Zoom account lives: https://zoom.us, https://zoomgov.com or the address of a sandbox.</source>
        <translation>Выберите, где находится учётная запись Zoom: https://zoom.us, https://zoomgov.com или адрес песочницы.</translation>
    </message>
    <message>
        <source>“%1” is not an origin such as https://zoom.us (no path, query or user name).</source>
        <translation>«%1» — не адрес вида https://zoom.us (без пути, параметров запроса и имени пользователя).</translation>
    </message>
    <message>
        <source>Use https://%1: tokens come from there, and Zoom&apos;s answer tells where the API is.</source>
        <translation>Используйте https://%1: токены выдаются там, а ответ Zoom сообщает, где находится API.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CredentialsForm</name>
    <message>
        <source>Asking Zoom for a token…</source>
        <translation>Запрашиваем токен у Zoom…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: Zoom issued a token with all %n required scope(s).</source>
        <translation>
            <numerusform>Подключено: Zoom выдал токен со всеми обязательными областями доступа (%n).</numerusform>
            <numerusform>Подключено: Zoom выдал токен со всеми обязательными областями доступа (%n).</numerusform>
            <numerusform>Подключено: Zoom выдал токен со всеми обязательными областями доступа (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected, but only %1 of the %n required scope(s) are granted; the next step lists the missing ones.</source>
        <translation>
            <numerusform>Подключено, но предоставлено только %1 из %n обязательной области доступа; на следующем шаге перечислены недостающие.</numerusform>
            <numerusform>Подключено, но предоставлено только %1 из %n обязательных областей доступа; на следующем шаге перечислены недостающие.</numerusform>
            <numerusform>Подключено, но предоставлено только %1 из %n обязательных областей доступа; на следующем шаге перечислены недостающие.</numerusform>
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
        <translation>Другой адрес (песочница)…</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080</source>
        <translation>http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Zoom &amp;account:</source>
        <translation>&amp;Учётная запись Zoom:</translation>
    </message>
    <message>
        <source>22 characters, e.g. Mo60sacU1RGt2b4vbya-jg</source>
        <translation>22 символа, например Mo60sacU1RGt2b4vbya-jg</translation>
    </message>
    <message>
        <source>from the app&apos;s App Credentials page</source>
        <translation>со страницы App Credentials приложения</translation>
    </message>
    <message>
        <source>32 characters; kept only in the system keychain</source>
        <translation>32 символа; хранится только в системной связке ключей</translation>
    </message>
    <message>
        <source>Hide the Client Secret</source>
        <translation>Скрыть Client Secret</translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation>Показать Client Secret</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Stored; paste to replace it</source>
        <translation>Сохранён; вставьте новый, чтобы заменить</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CredentialsWizardPage</name>
    <message>
        <source>App credentials</source>
        <translation>Учётные данные приложения</translation>
    </message>
    <message>
        <source>Paste the three values from the app&apos;s App Credentials page, then test the connection. The Client Secret is kept only in the system keychain.</source>
        <translation>Вставьте три значения со страницы App Credentials приложения и проверьте подключение. Client Secret хранится только в системной связке ключей.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CsvReader</name>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>Файл — не текст в UTF-8; сохраните его как CSV UTF-8.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 never ends; a closing &quot; is missing.</source>
        <translation>Поле в кавычках, начатое в строке %1, не закрыто: не хватает закрывающей &quot;.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::CsvWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Файл базы данных не указан.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a device, not a database file.</source>
        <translation>«%1» — это папка или устройство, а не файл базы данных.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be read. Check its permissions.</source>
        <translation>Не удаётся прочитать файл базы данных «%1». Проверьте права доступа.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>Драйвер SQLite для Qt не установлен (пакет libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Roomdesk database. It was left untouched.</source>
        <translation>«%1» — база данных SQLite другой программы, а не Roomdesk. Файл не изменён.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of Roomdesk (schema %1; this version knows up to %2). It was left untouched; update Roomdesk to open it.</source>
        <translation>Эта база данных создана более новой версией Roomdesk (схема %1; эта версия знает схемы до %2). Файл не изменён; обновите Roomdesk, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged (%2). It was left untouched; restore a backup.</source>
        <translation>База данных «%1» повреждена (%2). Файл не изменён; восстановите резервную копию.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; nothing was changed. %2</source>
        <translation>Не удалось обновить базу данных до схемы %1; ничего не изменено. %2</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close the other Roomdesk window or command and try again.</source>
        <translation>База данных заблокирована другой программой. Закройте другое окно или команду Roomdesk и повторите попытку.</translation>
    </message>
    <message>
        <source>The file is not a Roomdesk database or it is damaged (%1). It was left untouched; restore a backup or choose another file.</source>
        <translation>Файл не является базой данных Roomdesk или повреждён (%1). Файл не изменён; восстановите резервную копию или выберите другой файл.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions.</source>
        <translation>Файл базы данных доступен только для чтения. Проверьте права доступа.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен; ничего не сохранено. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>A database operation failed (%1): %2</source>
        <translation>Ошибка операции с базой данных (%1): %2</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened: %2</source>
        <translation>Не удаётся открыть файл базы данных «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::DriftBar</name>
    <message>
        <source>Take Zoom&apos;s values</source>
        <translation>Взять значения из Zoom</translation>
    </message>
    <message>
        <source>Keep Roomdesk&apos;s values</source>
        <translation>Оставить значения Roomdesk</translation>
    </message>
    <message>
        <source>Someone deleted the meeting of “%1” in Zoom.</source>
        <translation>Кто-то удалил в Zoom встречу мероприятия «%1».</translation>
    </message>
    <message>
        <source>Taking Zoom&apos;s values cancels the event here too and frees its room. Keeping Roomdesk&apos;s values creates the meeting in Zoom again, with a new join link.</source>
        <translation>Если взять значения Zoom, мероприятие будет отменено и здесь, а его комната освободится. Если оставить значения Roomdesk, встреча будет заново создана в Zoom с новой ссылкой для входа.</translation>
    </message>
    <message>
        <source>Cancel the event and free its room</source>
        <translation>Отменить мероприятие и освободить комнату</translation>
    </message>
    <message>
        <source>Create the meeting in Zoom again</source>
        <translation>Создать встречу в Zoom заново</translation>
    </message>
    <message>
        <source>Someone changed “%1” in Zoom:</source>
        <translation>Кто-то изменил «%1» в Zoom:</translation>
    </message>
    <message>
        <source>Roomdesk takes Zoom&apos;s values; the room booking follows a new time</source>
        <translation>Roomdesk принимает значения Zoom; бронь комнаты переносится на новое время</translation>
    </message>
    <message>
        <source>Zoom gets Roomdesk&apos;s values back</source>
        <translation>Zoom получает обратно значения Roomdesk</translation>
    </message>
</context>
<context>
    <name>Roomdesk::Event</name>
    <message>
        <source>Pending room</source>
        <translation>Ожидает комнату</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Ещё не началось</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Waiting for a room</source>
        <translation>Ждёт комнату</translation>
    </message>
    <message>
        <source>Sending to Zoom</source>
        <translation>Отправляется в Zoom</translation>
    </message>
    <message>
        <source>In Zoom</source>
        <translation>В Zoom</translation>
    </message>
    <message>
        <source>Zoom&apos;s answer was lost; checking before any retry</source>
        <translation>Ответ Zoom потерян; проверяем перед повтором</translation>
    </message>
    <message>
        <source>Zoom refused</source>
        <translation>Zoom отказал</translation>
    </message>
    <message>
        <source>Changed in Zoom</source>
        <translation>Изменено в Zoom</translation>
    </message>
    <message>
        <source>Deleted in Zoom</source>
        <translation>Удалено в Zoom</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventDetailsPanel</name>
    <message>
        <source>Conference name in Zoom</source>
        <translation>Название конференции в Zoom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Вместимость</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom&apos;s answer</source>
        <translation>Ответ Zoom</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Почему ждёт</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Ссылка для входа</translation>
    </message>
    <message>
        <source>Participants use the group&apos;s link</source>
        <translation>Участники используют ссылку группы</translation>
    </message>
    <message>
        <source>Zoom meeting ID</source>
        <translation>ID встречи Zoom</translation>
    </message>
    <message>
        <source>Zoom meeting UUID</source>
        <translation>UUID встречи Zoom</translation>
    </message>
    <message>
        <source>Zoom host</source>
        <translation>Ведущий в Zoom</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Выберите мероприятие, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None yet (asked for %1)</source>
        <translation>Пока нет (запрошена %1)</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventFormDialog</name>
    <message>
        <source>online</source>
        <comment>the default location of an event</comment>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Automatic — waiting for a room</source>
        <translation>Автоматически — ждёт комнату</translation>
    </message>
    <message>
        <source>Automatic: the first free room</source>
        <translation>Автоматически: первая свободная комната</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивна</translation>
    </message>
    <message>
        <source>by hand only</source>
        <translation>только вручную</translation>
    </message>
    <message>
        <source>no webinar licence</source>
        <translation>без лицензии на вебинары</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Без группы</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>program · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> — own link on %1</source>
        <translation> — своя ссылка на %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>characters used / allowed</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Edit event: %1</source>
        <translation>Изменить мероприятие: %1</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Event &amp;topic:</source>
        <translation>&amp;Тема мероприятия:</translation>
    </message>
    <message>
        <source>Co&amp;nference name:</source>
        <translation>&amp;Название конференции:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Т&amp;ип:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Нача&amp;ло:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>Admission:</source>
        <translation>Допуск:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Комната:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Вместимость:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>D&amp;escription (sent to Zoom as the agenda):</source>
        <translation>&amp;Описание (отправляется в Zoom как повестка):</translation>
    </message>
    <message>
        <source>What participants see in their calendar</source>
        <translation>То, что участники видят в своём календаре</translation>
    </message>
    <message>
        <source>Same as the event topic</source>
        <translation>Как тема мероприятия</translation>
    </message>
    <message>
        <source>The meeting&apos;s or webinar&apos;s topic in Zoom, at most 200 characters</source>
        <translation>Тема встречи или вебинара в Zoom, не более 200 символов</translation>
    </message>
    <message>
        <source>A webinar needs a room with a webinar licence</source>
        <translation>Для вебинара нужна комната с лицензией на вебинары</translation>
    </message>
    <message>
        <source>The IANA time zone the start time is in, e.g. Europe/Madrid; type to search</source>
        <translation>Часовой пояс IANA времени начала, например Europe/Madrid; начните вводить для поиска</translation>
    </message>
    <message>
        <source>h</source>
        <comment>hours of a duration</comment>
        <translation>ч</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes of a duration</comment>
        <translation>мин</translation>
    </message>
    <message>
        <source>An event keeps its room when edited. To move it, use the room calendar, or cancel the event and create it again.</source>
        <translation>При изменении мероприятие сохраняет свою комнату. Чтобы перенести его, воспользуйтесь календарём комнат или отмените мероприятие и создайте его заново.</translation>
    </message>
    <message>
        <source>Automatic picks the first free active, automatic room, buffers included</source>
        <translation>«Автоматически» — первая свободная активная комната с автоматическим назначением, с учётом буферов</translation>
    </message>
    <message>
        <source>Where participants go: “online”, or a place for a hybrid session</source>
        <translation>Куда приходят участники: «онлайн» или место для гибридного занятия</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Без ограничений</translation>
    </message>
    <message>
        <source>Anyone&apos;s name</source>
        <translation>Имя любого человека</translation>
    </message>
    <message>
        <source>&amp;Waiting room: the host admits participants</source>
        <translation>&amp;Зал ожидания: ведущий сам допускает участников</translation>
    </message>
    <message>
        <source>&amp;Automatic admission: participants join at once</source>
        <translation>&amp;Автоматический допуск: участники входят сразу</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Save and create in Zoom</source>
        <translation>Сохранить и создать в Zoom</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Saving the changes and sending them to Zoom…</source>
        <translation>Сохранение изменений и отправка в Zoom…</translation>
    </message>
    <message>
        <source>Saving the event, finding a room and creating it in Zoom…</source>
        <translation>Сохранение мероприятия, поиск комнаты и создание в Zoom…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Tra&amp;iner:</source>
        <translation>Т&amp;ренер:</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventRepository</name>
    <message>
        <source>There is no event %1.</source>
        <translation>Мероприятия %1 нет.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventSync</name>
    <message>
        <source>The room %1 has no webinar licence; choose a webinar-capable room or let Roomdesk choose one.</source>
        <translation>У комнаты %1 нет лицензии на вебинары; выберите комнату с такой лицензией или позвольте Roomdesk выбрать её.</translation>
    </message>
    <message>
        <source>No room has the e-mail %1. “rooms list” shows the rooms.</source>
        <translation>Ни у одной комнаты нет адреса %1. Комнаты показывает «rooms list».</translation>
    </message>
    <message>
        <source>No active, automatic room has a webinar licence, so this webinar could never get a room. Mark a room with a webinar licence as such and activate it, or choose the room.</source>
        <translation>Ни у одной активной автоматической комнаты нет лицензии на вебинары, поэтому этот вебинар никогда не получит комнату. Отметьте комнату с лицензией на вебинары и включите её или выберите комнату сами.</translation>
    </message>
    <message>
        <source>No room is free at that time, buffers included (%1). The event waits for a room and is created in Zoom as soon as one frees up; contact the administrators if it is urgent.</source>
        <translation>В это время, с учётом буферов, нет свободной комнаты (%1). Мероприятие ждёт комнату и будет создано в Zoom, как только она освободится; если это срочно, свяжитесь с администраторами.</translation>
    </message>
    <message>
        <source>The event expects %1 participants but the room %2 admits %3; the rest cannot join.</source>
        <translation>На мероприятие ожидается %1 участников, а комната %2 допускает %3; остальные не смогут войти.</translation>
    </message>
    <message>
        <source>Event %1 is cancelled; it cannot change.</source>
        <translation>Мероприятие %1 отменено; его нельзя изменить.</translation>
    </message>
    <message>
        <source>Event %1 has started in Zoom already; it cannot change any more.</source>
        <translation>Мероприятие %1 уже началось в Zoom; изменить его больше нельзя.</translation>
    </message>
    <message>
        <source>An event keeps its room when edited. To move it, use “Assign room” in the calendar before it is created in Zoom, or cancel it and create it again.</source>
        <translation>При изменении мероприятие сохраняет свою комнату. Чтобы перенести его, используйте «Назначить комнату» в календаре до создания в Zoom или отмените его и создайте заново.</translation>
    </message>
    <message>
        <source>Event %1 was changed in Zoom. Take Zoom&apos;s values or push Roomdesk&apos;s first.</source>
        <translation>Мероприятие %1 изменили в Zoom. Сначала возьмите значения из Zoom или отправьте значения Roomdesk.</translation>
    </message>
    <message>
        <source>Event %1 is cancelled already.</source>
        <translation>Мероприятие %1 уже отменено.</translation>
    </message>
    <message>
        <source>Event %1 is in progress in Zoom; end it there before cancelling it.</source>
        <translation>Мероприятие %1 идёт в Zoom; завершите его там, прежде чем отменять.</translation>
    </message>
    <message>
        <source>The room %1 is a Basic (unlicensed) Zoom user, who cannot host scheduled meetings or webinars. Give the user a licence in Zoom, or deactivate the room.</source>
        <translation>Комната %1 — пользователь Zoom с базовой учётной записью (без лицензии), который не может проводить запланированные встречи и вебинары. Назначьте пользователю лицензию в Zoom или отключите комнату.</translation>
    </message>
    <message>
        <source>Zoom has no user %1, the room&apos;s host. Correct the room&apos;s e-mail.</source>
        <translation>В Zoom нет пользователя %1 — организатора комнаты. Исправьте адрес комнаты.</translation>
    </message>
    <message>
        <source>Zoom is not connected: the event is saved and goes to Zoom when the connection is set up and Roomdesk synchronizes.</source>
        <translation>Zoom не подключён: мероприятие сохранено и попадёт в Zoom, когда подключение будет настроено и Roomdesk выполнит синхронизацию.</translation>
    </message>
    <message>
        <source>Zoom&apos;s answer to the creation was lost (%1); Roomdesk looks for the meeting before it tries again.</source>
        <translation>Ответ Zoom на создание потерян (%1); прежде чем повторить, Roomdesk ищет встречу.</translation>
    </message>
    <message>
        <source>Zoom could not be reached (%1); the event is saved and Roomdesk sends it again when it synchronizes.</source>
        <translation>Не удалось связаться с Zoom (%1); мероприятие сохранено, Roomdesk отправит его снова при синхронизации.</translation>
    </message>
    <message>
        <source>Zoom&apos;s answer to the creation was lost and Roomdesk cannot look for the webinar without the optional scope webinar:read:list_webinars:admin. Add the scope, or look in Zoom: nothing is sent again until this is settled.</source>
        <translation>Ответ Zoom на создание потерян, а без дополнительного разрешения webinar:read:list_webinars:admin Roomdesk не может найти вебинар. Добавьте разрешение или проверьте в Zoom: пока это не решено, ничего повторно не отправляется.</translation>
    </message>
    <message>
        <source>Zoom&apos;s answer to the creation was lost and the check failed too (%1); Roomdesk looks again before any retry.</source>
        <translation>Ответ Zoom на создание потерян, и проверка тоже не удалась (%1); перед повтором Roomdesk проверит снова.</translation>
    </message>
    <message numerus="yes">
        <source>Zoom did not create the meeting in %n attempt(s); check the connection and synchronize again.</source>
        <translation>
            <numerusform>Zoom не создал встречу за %n попытку; проверьте подключение и повторите синхронизацию.</numerusform>
            <numerusform>Zoom не создал встречу за %n попытки; проверьте подключение и повторите синхронизацию.</numerusform>
            <numerusform>Zoom не создал встречу за %n попыток; проверьте подключение и повторите синхронизацию.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom has the meeting but Roomdesk could not read it (%1); it tries again when it synchronizes.</source>
        <translation>Встреча есть в Zoom, но Roomdesk не смог её прочитать (%1); попробует снова при синхронизации.</translation>
    </message>
    <message>
        <source>Zoom is not connected: the change goes to Zoom when Roomdesk synchronizes.</source>
        <translation>Zoom не подключён: изменение попадёт в Zoom при синхронизации Roomdesk.</translation>
    </message>
    <message>
        <source>Zoom did not confirm the change (%1); Roomdesk sends it again when it synchronizes.</source>
        <translation>Zoom не подтвердил изменение (%1); Roomdesk отправит его снова при синхронизации.</translation>
    </message>
    <message>
        <source>Zoom is not connected: the meeting is deleted in Zoom when Roomdesk synchronizes.</source>
        <translation>Zoom не подключён: встреча будет удалена в Zoom при синхронизации Roomdesk.</translation>
    </message>
    <message>
        <source>Cancelled in Roomdesk, but Zoom did not confirm the deletion (%1); Roomdesk tries again when it synchronizes.</source>
        <translation>Отменено в Roomdesk, но Zoom не подтвердил удаление (%1); Roomdesk попробует снова при синхронизации.</translation>
    </message>
    <message>
        <source>Cancelled in Roomdesk, but Zoom refused to delete the meeting: %1 Delete it in Zoom.</source>
        <translation>Отменено в Roomdesk, но Zoom отказался удалить встречу: %1 Удалите её в Zoom.</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Мероприятие %1: %2</translation>
    </message>
    <message>
        <source>Event %1 matches Zoom&apos;s copy; there is nothing to resolve.</source>
        <translation>Мероприятие %1 совпадает с копией в Zoom; разрешать нечего.</translation>
    </message>
    <message>
        <source>Zoom&apos;s values cannot be taken: %1 Push Roomdesk&apos;s values instead.</source>
        <translation>Значения из Zoom взять нельзя: %1 Вместо этого отправьте значения Roomdesk.</translation>
    </message>
    <message>
        <source>Zoom&apos;s new time does not fit the room: %1 Push Roomdesk&apos;s values instead.</source>
        <translation>Новое время из Zoom не помещается в расписание комнаты: %1 Вместо этого отправьте значения Roomdesk.</translation>
    </message>
    <message>
        <source>Event %1 has no Zoom meeting yet, so it has no start link.</source>
        <translation>У мероприятия %1 ещё нет встречи в Zoom, поэтому нет и ссылки для запуска.</translation>
    </message>
    <message>
        <source>Zoom is not connected.</source>
        <translation>Zoom не подключён.</translation>
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
        <translation>%1 (в Zoom: %2)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <comment>time zone&apos;s city</comment>
        <translation>Начало (%1)</translation>
    </message>
    <message>
        <source>Event topic</source>
        <translation>Тема мероприятия</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1; in Zoom: %2</source>
        <translation>%1; в Zoom: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventTexts</name>
    <message>
        <source>empty</source>
        <comment>a description with no text</comment>
        <translation>пусто</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
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
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Зал ожидания</translation>
    </message>
    <message>
        <source>Automatic admission</source>
        <translation>Автоматический допуск</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Без ограничений</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>program · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <source>The meeting was deleted in Zoom.</source>
        <translation>Встреча удалена в Zoom.</translation>
    </message>
    <message>
        <source>%1: %2 in Roomdesk, %3 in Zoom</source>
        <translation>%1: %2 в Roomdesk, %3 в Zoom</translation>
    </message>
    <message>
        <source>Conference name</source>
        <translation>Название конференции</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Допуск</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventValidation</name>
    <message>
        <source>Enter the event topic.</source>
        <translation>Введите тему мероприятия.</translation>
    </message>
    <message numerus="yes">
        <source>The event topic has %n character(s); at most 255 are allowed.</source>
        <translation>
            <numerusform>В теме мероприятия %n символ; допускается не более 255.</numerusform>
            <numerusform>В теме мероприятия %n символа; допускается не более 255.</numerusform>
            <numerusform>В теме мероприятия %n символов; допускается не более 255.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event topic must fit on one line.</source>
        <translation>Тема мероприятия должна умещаться в одну строку.</translation>
    </message>
    <message numerus="yes">
        <source>The conference name has %n character(s); Zoom allows at most 200.</source>
        <translation>
            <numerusform>В названии конференции %n символ; Zoom допускает не более 200.</numerusform>
            <numerusform>В названии конференции %n символа; Zoom допускает не более 200.</numerusform>
            <numerusform>В названии конференции %n символов; Zoom допускает не более 200.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conference name must fit on one line.</source>
        <translation>Название конференции должно умещаться в одну строку.</translation>
    </message>
    <message>
        <source>The event topic is longer than the 200 characters Zoom allows for a conference name; enter a shorter conference name.</source>
        <translation>Тема мероприятия длиннее 200 символов, которые Zoom допускает для названия конференции; введите более короткое название конференции.</translation>
    </message>
    <message>
        <source>Choose the time zone of the start time.</source>
        <translation>Выберите часовой пояс времени начала.</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone such as Europe/Madrid.</source>
        <translation>«%1» — не часовой пояс IANA вроде Europe/Madrid.</translation>
    </message>
    <message>
        <source>Enter the start date and time.</source>
        <translation>Введите дату и время начала.</translation>
    </message>
    <message>
        <source>The start date must be between the years 2000 and 2099.</source>
        <translation>Дата начала должна быть между 2000 и 2099 годами.</translation>
    </message>
    <message>
        <source>The duration must be from 1 minute to 23 h 59 min (1439 minutes).</source>
        <translation>Длительность должна быть от 1 минуты до 23 ч 59 мин (1439 минут).</translation>
    </message>
    <message>
        <source>“%1” is not a room&apos;s e-mail address.</source>
        <translation>«%1» — не адрес комнаты.</translation>
    </message>
    <message numerus="yes">
        <source>The location has %n character(s); at most 255 are allowed.</source>
        <translation>
            <numerusform>В месте проведения %n символ; допускается не более 255.</numerusform>
            <numerusform>В месте проведения %n символа; допускается не более 255.</numerusform>
            <numerusform>В месте проведения %n символов; допускается не более 255.</numerusform>
        </translation>
    </message>
    <message>
        <source>The location must fit on one line.</source>
        <translation>Место проведения должно умещаться в одну строку.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number from 1 to 100000, or empty for no limit.</source>
        <translation>Вместимость должна быть целым числом от 1 до 100000 или пустой, если ограничения нет.</translation>
    </message>
    <message numerus="yes">
        <source>The trainer&apos;s name has %n character(s); at most 255 are allowed.</source>
        <translation>
            <numerusform>В имени ведущего %n символ; допускается не более 255.</numerusform>
            <numerusform>В имени ведущего %n символа; допускается не более 255.</numerusform>
            <numerusform>В имени ведущего %n символов; допускается не более 255.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trainer&apos;s name must fit on one line.</source>
        <translation>Имя ведущего должно умещаться в одну строку.</translation>
    </message>
    <message numerus="yes">
        <source>The description has %n character(s); Zoom allows at most 2000.</source>
        <translation>
            <numerusform>В описании %n символ; Zoom допускает не более 2000.</numerusform>
            <numerusform>В описании %n символа; Zoom допускает не более 2000.</numerusform>
            <numerusform>В описании %n символов; Zoom допускает не более 2000.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roomdesk does not schedule events in a Personal Meeting ID: a PMI is one host&apos;s permanent room, so the shared room pool could not plan around it. Each event gets its own meeting ID.</source>
        <translation>Roomdesk не планирует мероприятия в персональном идентификаторе конференции (PMI): PMI — постоянная комната одного организатора, и общий пул комнат не смог бы его учитывать. Каждое мероприятие получает собственный идентификатор встречи.</translation>
    </message>
    <message>
        <source>Recurring meetings are not supported: create one event per session, so that each gets a room and its own attendance report.</source>
        <translation>Повторяющиеся встречи не поддерживаются: создайте отдельное мероприятие для каждого занятия, чтобы у каждого были комната и свой отчёт о посещаемости.</translation>
    </message>
    <message>
        <source>A meeting cannot become a webinar: Zoom keeps them apart. Cancel this event and create a webinar instead.</source>
        <translation>Встречу нельзя превратить в вебинар: в Zoom это разные объекты. Отмените это мероприятие и создайте вебинар.</translation>
    </message>
    <message>
        <source>A webinar cannot become a meeting: Zoom keeps them apart. Cancel this event and create a meeting instead.</source>
        <translation>Вебинар нельзя превратить во встречу: в Zoom это разные объекты. Отмените это мероприятие и создайте встречу.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventsPage</name>
    <message>
        <source>Cancel the event</source>
        <translation>Отменить мероприятие</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Synchronizing with Zoom: %1</source>
        <translation>Синхронизация с Zoom: %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Event forms become Zoom meetings and webinars in the first free room. Times are shown in each event&apos;s own time zone.</source>
        <translation>Формы мероприятий становятся встречами и вебинарами Zoom в первой свободной комнате. Время показано в часовом поясе каждого мероприятия.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Cancel event…</source>
        <translation>Отменить мероприятие…</translation>
    </message>
    <message>
        <source>Copy join link</source>
        <translation>Копировать ссылку для входа</translation>
    </message>
    <message>
        <source>The link participants use: the group&apos;s own link, or the Zoom join link</source>
        <translation>Ссылка для участников: собственная ссылка группы или ссылка для входа в Zoom</translation>
    </message>
    <message>
        <source>Open start link</source>
        <translation>Открыть ссылку для запуска</translation>
    </message>
    <message>
        <source>Asks Zoom for a fresh start link (it expires) and opens it as the room&apos;s host</source>
        <translation>Запрашивает у Zoom свежую ссылку для запуска (она истекает) и открывает её от имени ведущего комнаты</translation>
    </message>
    <message>
        <source>Synchronize now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Sends what waits for Zoom and looks for changes made in Zoom; Roomdesk also does this every 10 minutes</source>
        <translation>Отправляет в Zoom то, что ждёт отправки, и ищет изменения, сделанные в Zoom; Roomdesk делает это и сам каждые 10 минут</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This week and the next 3</source>
        <translation>Эта неделя и ещё 3</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Все мероприятия</translation>
    </message>
    <message>
        <source>Search topic, room, trainer, status…</source>
        <translation>Поиск по теме, комнате, тренеру, статусу…</translation>
    </message>
    <message>
        <source>Settle the changes made in Zoom first</source>
        <translation>Сначала разберитесь с изменениями, сделанными в Zoom</translation>
    </message>
    <message>
        <source>No event matches “%1”.</source>
        <translation>Ни одно мероприятие не соответствует «%1».</translation>
    </message>
    <message>
        <source>No events in this period. Create one with “New event…”, or show all events.</source>
        <translation>В этом периоде нет мероприятий. Создайте новое кнопкой «Новое мероприятие…» или покажите все мероприятия.</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Мероприятие сохранено.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message>
        <source>The meeting is deleted in Zoom, its join link stops working and the room is freed for waiting events. This cannot be undone.</source>
        <translation>Встреча будет удалена в Zoom, её ссылка для входа перестанет работать, а комната освободится для ожидающих мероприятий. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Its room request is withdrawn. This cannot be undone.</source>
        <translation>Его заявка на комнату будет отозвана. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>Отменить «%1»?</translation>
    </message>
    <message>
        <source>Cancelling the event…</source>
        <translation>Отмена мероприятия…</translation>
    </message>
    <message>
        <source>Event cancelled; its room is free again.</source>
        <translation>Мероприятие отменено; его комната снова свободна.</translation>
    </message>
    <message>
        <source>Join link copied: %1</source>
        <translation>Ссылка для входа скопирована: %1</translation>
    </message>
    <message>
        <source>Asking Zoom for a fresh start link…</source>
        <translation>Запрос свежей ссылки для запуска у Zoom…</translation>
    </message>
    <message>
        <source>The start link could not be opened: no web browser answered.</source>
        <translation>Не удалось открыть ссылку для запуска: браузер не ответил.</translation>
    </message>
    <message>
        <source>The start link opened in your web browser, signed in as the room&apos;s host. It expires after about two hours.</source>
        <translation>Ссылка для запуска открыта в браузере от имени ведущего комнаты. Она истекает примерно через два часа.</translation>
    </message>
    <message>
        <source>Synchronizing with Zoom…</source>
        <translation>Синхронизация с Zoom…</translation>
    </message>
    <message>
        <source>Synchronized with Zoom.</source>
        <translation>Синхронизировано с Zoom.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending operation(s) finished.</source>
        <translation>
            <numerusform>Завершена %n отложенная операция.</numerusform>
            <numerusform>Завершены %n отложенные операции.</numerusform>
            <numerusform>Завершено %n отложенных операций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting event(s) created in Zoom.</source>
        <translation>
            <numerusform>%n ожидавшее мероприятие создано в Zoom.</numerusform>
            <numerusform>%n ожидавших мероприятия созданы в Zoom.</numerusform>
            <numerusform>%n ожидавших мероприятий создано в Zoom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were changed in Zoom; select them to settle the changes.</source>
        <translation>
            <numerusform>%n мероприятие изменено в Zoom; выберите его, чтобы разобраться с изменениями.</numerusform>
            <numerusform>%n мероприятия изменены в Zoom; выберите их, чтобы разобраться с изменениями.</numerusform>
            <numerusform>%n мероприятий изменено в Zoom; выберите их, чтобы разобраться с изменениями.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were deleted in Zoom.</source>
        <translation>
            <numerusform>%n мероприятие удалено в Zoom.</numerusform>
            <numerusform>%n мероприятия удалены в Zoom.</numerusform>
            <numerusform>%n мероприятий удалено в Zoom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>Завершилось %n занятие.</numerusform>
            <numerusform>Завершились %n занятия.</numerusform>
            <numerusform>Завершилось %n занятий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settling the changes made in Zoom…</source>
        <translation>Обработка изменений, сделанных в Zoom…</translation>
    </message>
    <message>
        <source>Zoom&apos;s values taken.</source>
        <translation>Значения Zoom приняты.</translation>
    </message>
    <message>
        <source>Roomdesk&apos;s values sent to Zoom.</source>
        <translation>Значения Roomdesk отправлены в Zoom.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventsWizardPage</name>
    <message>
        <source>Event subscription (optional)</source>
        <translation>Подписка на события (необязательно)</translation>
    </message>
    <message>
        <source>In the app&apos;s Features page, turn on Event Subscription, choose Webhook, paste the endpoint URL and add the three events below; then click Validate there.</source>
        <translation>На странице Features приложения включите Event Subscription, выберите Webhook, вставьте URL конечной точки и добавьте три события ниже; затем нажмите там Validate.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::GroupLinkForm</name>
    <message>
        <source>Choose a group to set where it meets.</source>
        <translation>Выберите группу, чтобы указать, где она собирается.</translation>
    </message>
    <message>
        <source>No link: participants get the allocated room&apos;s join link</source>
        <translation>Без ссылки: участники получают ссылку для входа из назначенной комнаты</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Ссылка:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
</context>
<context>
    <name>Roomdesk::GroupRepository</name>
    <message>
        <source>A program needs a name.</source>
        <translation>У программы должно быть название.</translation>
    </message>
    <message>
        <source>A program&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>Название программы — не длиннее %1 символов; в этом %2.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>У группы должно быть название.</translation>
    </message>
    <message>
        <source>A group&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>Название группы — не длиннее %1 символов; в этом %2.</translation>
    </message>
    <message>
        <source>There is already a program “%1”; program names are unique, whatever their case.</source>
        <translation>Программа «%1» уже есть; названия программ уникальны независимо от регистра букв.</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>Программы %1 нет.</translation>
    </message>
    <message>
        <source>Program “%1” already has a group “%2”; group names are unique within a program, whatever their case.</source>
        <translation>В программе «%1» уже есть группа «%2»; названия групп уникальны в пределах программы независимо от регистра букв.</translation>
    </message>
    <message>
        <source>There is no group %1.</source>
        <translation>Группы %1 нет.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::GroupTreeModel</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группы</numerusform>
            <numerusform>%n групп</numerusform>
        </translation>
    </message>
    <message>
        <source>The allocated room&apos;s join link</source>
        <translation>Ссылка для входа из назначенной комнаты</translation>
    </message>
    <message>
        <source>Program / group</source>
        <translation>Программа / группа</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
</context>
<context>
    <name>Roomdesk::GroupsPage</name>
    <message>
        <source>Add program…</source>
        <translation>Добавить программу…</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Добавить группу…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation>Где собирается группа</translation>
    </message>
    <message>
        <source>Add a program</source>
        <translation>Добавить программу</translation>
    </message>
    <message>
        <source>Name of the new program:</source>
        <translation>Название новой программы:</translation>
    </message>
    <message>
        <source>Program “%1” added.</source>
        <translation>Программа «%1» добавлена.</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <source>Name of the new group in “%1”:</source>
        <translation>Название новой группы в «%1»:</translation>
    </message>
    <message>
        <source>Group “%1” added to “%2”; it meets in the built-in Zoom room until you choose another platform.</source>
        <translation>Группа «%1» добавлена в «%2»; она собирается во встроенной комнате Zoom, пока вы не выберете другую платформу.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Новое название: «%1».</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Переименовать группу</translation>
    </message>
    <message>
        <source>New name of the group “%1”:</source>
        <translation>Новое название группы «%1»:</translation>
    </message>
    <message>
        <source>Rename the program</source>
        <translation>Переименовать программу</translation>
    </message>
    <message>
        <source>New name of the program “%1”:</source>
        <translation>Новое название программы «%1»:</translation>
    </message>
    <message>
        <source>Their events stay, without a group.</source>
        <translation>Их мероприятия остаются, но без группы.</translation>
    </message>
    <message>
        <source>Remove the group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <source>Remove the group “%1” from “%2”?</source>
        <translation>Удалить группу «%1» из «%2»?</translation>
    </message>
    <message>
        <source>Group “%1” removed.</source>
        <translation>Группа «%1» удалена.</translation>
    </message>
    <message>
        <source>Remove the program</source>
        <translation>Удалить программу</translation>
    </message>
    <message numerus="yes">
        <source>Remove the program “%1” and its %n group(s)?</source>
        <translation>
            <numerusform>Удалить программу «%1» и её %n группу?</numerusform>
            <numerusform>Удалить программу «%1» и её %n группы?</numerusform>
            <numerusform>Удалить программу «%1» и её %n групп?</numerusform>
        </translation>
    </message>
    <message>
        <source>Program “%1” removed.</source>
        <translation>Программа «%1» удалена.</translation>
    </message>
    <message>
        <source>Where “%1” meets is saved: %2.</source>
        <translation>Сохранено, где собирается «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::GuiApplication</name>
    <message>
        <source>Start with a demo database and the local Zoom sandbox; your own data is not touched</source>
        <translation>Запустить с демонстрационной базой данных и локальной песочницей Zoom; ваши данные не затрагиваются</translation>
    </message>
    <message>
        <source>Use this database file</source>
        <translation>Использовать этот файл базы данных</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Render the main window at 1280×800 to a PNG file and exit</source>
        <translation>Сохранить главное окно размером 1280×800 в файл PNG и выйти</translation>
    </message>
    <message>
        <source>Print diagnostic messages</source>
        <translation>Выводить диагностические сообщения</translation>
    </message>
    <message>
        <source>Show help and exit</source>
        <translation>Показать справку и выйти</translation>
    </message>
    <message>
        <source>Show the version and exit</source>
        <translation>Показать версию и выйти</translation>
    </message>
    <message>
        <source>The screenshot could not be written to “%1”.</source>
        <translation>Не удалось записать снимок экрана в «%1».</translation>
    </message>
    <message>
        <source>Run “roomdesk --help” for the options.</source>
        <translation>Запустите «roomdesk --help», чтобы увидеть параметры.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use es, ru or en.</source>
        <translation>Неизвестный язык «%1»; используйте es, ru или en.</translation>
    </message>
    <message>
        <source>Unknown page “%1”; use one of: %2.</source>
        <translation>Неизвестная страница «%1»; используйте одну из: %2.</translation>
    </message>
    <message>
        <source>The option --screenshot needs a file name.</source>
        <translation>Параметру --screenshot нужно имя файла.</translation>
    </message>
    <message>
        <source>The demo folder could not be created: %1</source>
        <translation>Не удалось создать демонстрационную папку: %1</translation>
    </message>
    <message>
        <source>Roomdesk cannot open its database</source>
        <translation>Roomdesk не может открыть свою базу данных</translation>
    </message>
    <message>
        <source>The page to show: %1; with --screenshot also a page of the setup wizard: %2</source>
        <translation>Показываемая страница: %1; с --screenshot также страница мастера настройки: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ICalendarExport</name>
    <message>
        <source>The room is blocked from %1 to %2 (%3), preparation and follow-up time included.</source>
        <translation>Комната занята с %1 до %2 (%3), включая время на подготовку и после сессии.</translation>
    </message>
    <message>
        <source>Waiting for a room.</source>
        <translation>Ожидает комнату.</translation>
    </message>
    <message>
        <source>Waiting for a room: %1</source>
        <translation>Ожидает комнату: %1</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>Комнаты %1 нет.</translation>
    </message>
    <message>
        <source>Roomdesk rooms</source>
        <translation>Комнаты Roomdesk</translation>
    </message>
    <message>
        <source>Organizer: %1</source>
        <translation>Организатор: %1</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>Не удалось записать календарь: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved to %1: %2</source>
        <translation>Не удалось сохранить календарь в %1: %2</translation>
    </message>
</context>
<context>
    <name>Roomdesk::LinkCaveats</name>
    <message>
        <source>A link Roomdesk does not control</source>
        <translation>Ссылка, которой Roomdesk не управляет</translation>
    </message>
    <message>
        <source>Test the link before the session: Roomdesk checks its form, not whether the meeting behind it exists.</source>
        <translation>Проверьте ссылку до занятия: Roomdesk проверяет её вид, а не то, существует ли встреча, на которую она ведёт.</translation>
    </message>
    <message>
        <source>Security — passcodes, waiting rooms, who may join — is in the hands of %1, not Roomdesk.</source>
        <translation>Безопасность — коды доступа, залы ожидания, кто может войти — в руках %1, а не Roomdesk.</translation>
    </message>
    <message>
        <source>Participants need access to %1: the app or a browser, and an account where the provider asks for one.</source>
        <translation>Участникам нужен доступ к %1: приложение или браузер и учётная запись, если её требует провайдер.</translation>
    </message>
    <message>
        <source>Roomdesk cannot start or end the session; whoever owns the link does.</source>
        <translation>Roomdesk не может начать или завершить занятие — это делает владелец ссылки.</translation>
    </message>
    <message>
        <source>Attendance has no durations: Roomdesk knows who joined through it, not how long they stayed.</source>
        <translation>В посещаемости нет продолжительности: Roomdesk знает, кто вошёл через него, но не сколько времени провёл.</translation>
    </message>
    <message>
        <source>Joins outside Roomdesk, with the link passed on by e-mail or chat, are not tracked.</source>
        <translation>Входы в обход Roomdesk — по ссылке, пересланной по почте или в чате, — не отслеживаются.</translation>
    </message>
    <message>
        <source>Downtime and support are %1&apos;s: when the platform fails, contact its provider.</source>
        <translation>За сбои и поддержку отвечает %1: если платформа не работает, обращайтесь к её провайдеру.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::LinkValidator</name>
    <message>
        <source>Built-in Zoom room</source>
        <translation>Встроенная комната Zoom</translation>
    </message>
    <message>
        <source>Custom Zoom link</source>
        <translation>Своя ссылка Zoom</translation>
    </message>
    <message>
        <source>Zoom webinar link</source>
        <translation>Ссылка на вебинар Zoom</translation>
    </message>
    <message>
        <source>The built-in Zoom room needs no link: its join link comes from the allocated room. Choose another platform to use your own link.</source>
        <translation>Встроенной комнате Zoom ссылка не нужна: ссылка для входа берётся из назначенной комнаты. Чтобы использовать свою ссылку, выберите другую платформу.</translation>
    </message>
    <message>
        <source>%1 needs a link, such as %2.</source>
        <translation>Для «%1» нужна ссылка, например %2.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; a link looks like %2.</source>
        <translation>«%1» — не веб-адрес; ссылка выглядит так: %2.</translation>
    </message>
    <message>
        <source>Only https links are accepted (this one uses “%1”): anything else travels unencrypted or opens another program.</source>
        <translation>Принимаются только ссылки https (здесь «%1»): остальные передаются без шифрования или открывают другую программу.</translation>
    </message>
    <message>
        <source>The link contains a user name before the host, a trick to disguise where it leads.</source>
        <translation>В ссылке перед адресом сервера стоит имя пользователя — это уловка, скрывающая, куда она ведёт.</translation>
    </message>
    <message>
        <source>The link names a port (%1); %2 links do not.</source>
        <translation>В ссылке указан порт (%1); у ссылок %2 его нет.</translation>
    </message>
    <message>
        <source>%1 is not a %2 address; the link must be on %3. Lookalike addresses are refused.</source>
        <translation>%1 — не адрес %2; ссылка должна вести на %3. Похожие адреса-подделки отклоняются.</translation>
    </message>
    <message>
        <source>This is not a %1 join link; such links look like %2.</source>
        <translation>Это не ссылка для входа %1; такие ссылки выглядят так: %2.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::MainWindow</name>
    <message>
        <source>Roomdesk — demo</source>
        <translation>Roomdesk — демонстрация</translation>
    </message>
    <message>
        <source>Roomdesk</source>
        <translation>Roomdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
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
        <source>&amp;About Roomdesk</source>
        <translation>&amp;О программе Roomdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Demo mode: local Zoom sandbox, demo database</source>
        <translation>Демонстрационный режим: локальная песочница Zoom, демонстрационная база данных</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Database in use: %1</source>
        <translation>Используемая база данных: %1</translation>
    </message>
    <message>
        <source>Demo mode, local Zoom sandbox</source>
        <translation>Демонстрационный режим, локальная песочница Zoom</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: подключение…</translation>
    </message>
    <message numerus="yes">
        <source>%1: connected, %n scope(s) granted</source>
        <translation>
            <numerusform>%1: подключено, выдана %n область доступа</numerusform>
            <numerusform>%1: подключено, выданы %n области доступа</numerusform>
            <numerusform>%1: подключено, выдано %n областей доступа</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not connected — %2</source>
        <translation>%1: не подключено — %2</translation>
    </message>
    <message>
        <source>Zoom: not connected — run the setup wizard from Settings</source>
        <translation>Zoom: не подключено — запустите мастер настройки из раздела «Настройки»</translation>
    </message>
    <message>
        <source>Set up the &amp;Zoom connection…</source>
        <translation>Настроить подключение к &amp;Zoom…</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Экспорт iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Экспорт календаря…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n событие экспортировано в %1.</numerusform>
            <numerusform>%n события экспортированы в %1.</numerusform>
            <numerusform>%n событий экспортировано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::OverviewTexts</name>
    <message>
        <source>Checking the Zoom connection…</source>
        <translation>Проверка подключения к Zoom…</translation>
    </message>
    <message numerus="yes">
        <source>Demo mode: connected to the local Zoom sandbox, %n scope(s) granted.</source>
        <translation>
            <numerusform>Демонстрационный режим: подключено к локальной песочнице Zoom, выдана %n область доступа.</numerusform>
            <numerusform>Демонстрационный режим: подключено к локальной песочнице Zoom, выданы %n области доступа.</numerusform>
            <numerusform>Демонстрационный режим: подключено к локальной песочнице Zoom, выдано %n областей доступа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zoom is connected, %n scope(s) granted.</source>
        <translation>
            <numerusform>Zoom подключён, выдана %n область доступа.</numerusform>
            <numerusform>Zoom подключён, выданы %n области доступа.</numerusform>
            <numerusform>Zoom подключён, выдано %n областей доступа.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom is not connected: %1</source>
        <translation>Zoom не подключён: %1</translation>
    </message>
    <message>
        <source>Zoom is not connected yet: the setup wizard connects it (Settings, or File → Set up the Zoom connection).</source>
        <translation>Zoom ещё не подключён: подключите его мастером настройки («Настройки» или «Файл → Настроить подключение к Zoom»).</translation>
    </message>
    <message>
        <source>Rooms in the pool: %1, active: %2</source>
        <translation>Комнат в пуле: %1, активных: %2</translation>
    </message>
    <message>
        <source>Next %1 days — booked: %2, waiting for a room: %3</source>
        <translation>Ближайшие %1 дн. — забронировано: %2, ждут комнату: %3</translation>
    </message>
    <message>
        <source>Events in the next %1 days: %2</source>
        <translation>Мероприятий в ближайшие %1 дн.: %2</translation>
    </message>
    <message>
        <source>Today&apos;s sessions, the rooms in use, requests waiting for a room and reports that need attention will be here at a glance. For now, how things stand:</source>
        <translation>Здесь будут видны сегодняшние сеансы, занятые комнаты, заявки, ожидающие комнату, и отчёты, требующие внимания. Пока — текущее положение дел:</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <source>Open Rooms</source>
        <translation>Открыть «Комнаты»</translation>
    </message>
    <message>
        <source>Open the room calendar</source>
        <translation>Открыть календарь комнат</translation>
    </message>
    <message>
        <source>Until this page has its own content, the connection and the webhook subscription are on the Settings page.</source>
        <translation>Пока у этой страницы нет своего содержимого, подключение и подписка на веб-хуки находятся на странице «Настройки».</translation>
    </message>
</context>
<context>
    <name>Roomdesk::PageCatalog</name>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Today&apos;s sessions, the rooms in use, requests still waiting for a room and reports that need attention, at a glance.</source>
        <translation>Сегодняшние сеансы, занятые комнаты, заявки, которые ещё ждут комнату, и отчёты, требующие внимания, — всё на одном экране.</translation>
    </message>
    <message>
        <source>Open Integrations</source>
        <translation>Открыть «Интеграции»</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Комнаты</translation>
    </message>
    <message>
        <source>The pool of licensed Zoom host accounts that organizers share: which rooms are active, whether they are assigned automatically or only by hand, in which order, and with which buffers.</source>
        <translation>Пул лицензированных учётных записей организаторов Zoom, которые используются совместно: какие комнаты активны, назначаются ли они автоматически или только вручную, в каком порядке и с какими интервалами.</translation>
    </message>
    <message>
        <source>Connect Zoom first; then import licensed users as rooms or add them by e-mail.</source>
        <translation>Сначала подключите Zoom, затем импортируйте лицензированных пользователей как комнаты или добавьте их по адресу электронной почты.</translation>
    </message>
    <message>
        <source>Room calendar</source>
        <translation>Календарь комнат</translation>
    </message>
    <message>
        <source>Every room as a row and time as columns: sessions with their preparation, courtesy and post-processing buffers, and the requests still waiting for a room.</source>
        <translation>Каждая комната — строка, время — столбцы: сеансы с интервалами на подготовку, резерв и постобработку, а также заявки, которые ещё ждут комнату.</translation>
    </message>
    <message>
        <source>Add rooms and activate them; bookings appear here as soon as events get a room.</source>
        <translation>Добавьте комнаты и активируйте их; бронирования появятся здесь, как только мероприятия получат комнату.</translation>
    </message>
    <message>
        <source>Open Rooms</source>
        <translation>Открыть «Комнаты»</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Event forms that become Zoom meetings and webinars in the first free room, with their status from scheduling to the end of the session.</source>
        <translation>Формы мероприятий, которые становятся конференциями и вебинарами Zoom в первой свободной комнате, со статусом от планирования до окончания сеанса.</translation>
    </message>
    <message>
        <source>Activate at least one room, then create your first event.</source>
        <translation>Активируйте хотя бы одну комнату, затем создайте первое мероприятие.</translation>
    </message>
    <message>
        <source>Groups and links</source>
        <translation>Группы и ссылки</translation>
    </message>
    <message>
        <source>Programs and their participant groups, and the link each group uses: the built-in Zoom room or its own link on Zoom, Zoom Webinar, Google Meet, Telegram or Microsoft Teams.</source>
        <translation>Программы, их группы участников и ссылка, которой пользуется каждая группа: встроенная комната Zoom или собственная ссылка на Zoom, Zoom Webinar, Google Meet, Telegram или Microsoft Teams.</translation>
    </message>
    <message>
        <source>Create a program, then add its participant groups.</source>
        <translation>Создайте программу, затем добавьте в неё группы участников.</translation>
    </message>
    <message>
        <source>Attendance reports</source>
        <translation>Отчёты о посещаемости</translation>
    </message>
    <message>
        <source>Who attended each session and for how long, merged across rejoins and devices, exported as CSV for Excel or LibreOffice.</source>
        <translation>Кто посетил каждый сеанс и сколько времени провёл на нём, с учётом повторных подключений и нескольких устройств; выгрузка в CSV для Excel или LibreOffice.</translation>
    </message>
    <message>
        <source>Reports appear here once an event with attendees has ended.</source>
        <translation>Отчёты появятся здесь, когда завершится мероприятие с участниками.</translation>
    </message>
    <message>
        <source>Open Events</source>
        <translation>Открыть «Мероприятия»</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Интеграции</translation>
    </message>
    <message>
        <source>The connection to your Zoom account: the Server-to-Server OAuth app, its 24 required scopes and the webhook subscription, each step checked live.</source>
        <translation>Подключение к учётной записи Zoom: приложение Server-to-Server OAuth, его 24 обязательные области доступа и подписка на веб-хуки — каждый шаг проверяется вживую.</translation>
    </message>
    <message>
        <source>Have your Account ID, Client ID and Client Secret from the Zoom App Marketplace at hand; the setup wizard will guide you through the rest.</source>
        <translation>Подготовьте Account ID, Client ID и Client Secret из Zoom App Marketplace; мастер настройки проведёт вас через остальное.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language, buffer policy and defaults, the database in use and diagnostics.</source>
        <translation>Язык, правила интервалов и значения по умолчанию, используемая база данных и диагностика.</translation>
    </message>
    <message>
        <source>Choose your language in the Language menu; it changes at once.</source>
        <translation>Выберите язык в меню «Язык»; он сменится сразу.</translation>
    </message>
    <message>
        <source>Until this overview is here, the rooms, the room calendar and the events are on the pages on the left.</source>
        <translation>Пока этого обзора нет, комнаты, календарь комнат и мероприятия — на страницах слева.</translation>
    </message>
    <message>
        <source>Open the room calendar</source>
        <translation>Открыть календарь комнат</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ParticipantPages</name>
    <message>
        <source>Each element of the list must be a page of participants ({…}).</source>
        <translation>Каждый элемент списка должен быть страницей участников ({…}).</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after a page.</source>
        <translation>После страницы ожидалась «,» или «]».</translation>
    </message>
    <message>
        <source>The file is empty; it should hold Zoom participant pages.</source>
        <translation>Файл пуст; в нём должны быть страницы участников Zoom.</translation>
    </message>
    <message>
        <source>Expected a page of participants ({…}) or a list of pages ([…]).</source>
        <translation>Ожидалась страница участников ({…}) или список страниц ([…]).</translation>
    </message>
    <message>
        <source>Unexpected text after the pages.</source>
        <translation>Лишний текст после страниц.</translation>
    </message>
    <message>
        <source>Expected a field name in quotes.</source>
        <translation>Ожидалось имя поля в кавычках.</translation>
    </message>
    <message>
        <source>Page %1 lists its participants twice.</source>
        <translation>На странице %1 список участников указан дважды.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after a participant.</source>
        <translation>После участника ожидалась «,» или «]».</translation>
    </message>
    <message>
        <source>Expected “,” or “}” after a field.</source>
        <translation>После поля ожидалась «,» или «}».</translation>
    </message>
    <message>
        <source>Page %1 has no “participants” list; is this a Zoom participants page?</source>
        <translation>На странице %1 нет списка «participants»; это точно страница участников Zoom?</translation>
    </message>
    <message>
        <source>Participant %1 on page %2: “%3” must be text.</source>
        <translation>Участник %1 на странице %2: «%3» должно быть текстом.</translation>
    </message>
    <message>
        <source>Participant %1 on page %2 is not an object.</source>
        <translation>Участник %1 на странице %2 не является объектом.</translation>
    </message>
    <message>
        <source>Participant %1 on page %2 has no join time.</source>
        <translation>У участника %1 на странице %2 нет времени входа.</translation>
    </message>
    <message>
        <source>Participant %1 on page %2: “%3” is not a time such as 2026-03-02T10:00:00Z.</source>
        <translation>Участник %1 на странице %2: «%3» — не время вида 2026-03-02T10:00:00Z.</translation>
    </message>
    <message>
        <source>A control character inside text must be escaped.</source>
        <translation>Управляющий символ внутри текста должен быть экранирован.</translation>
    </message>
    <message>
        <source>The text is not closed with a quote.</source>
        <translation>Текст не закрыт кавычкой.</translation>
    </message>
    <message>
        <source>“\u” must be followed by four hexadecimal digits.</source>
        <translation>После «\u» должны идти четыре шестнадцатеричные цифры.</translation>
    </message>
    <message>
        <source>“\%1” is not a JSON escape.</source>
        <translation>«\%1» — не escape-последовательность JSON.</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply.</source>
        <translation>Слишком глубокая вложенность JSON.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” in a list.</source>
        <translation>В списке ожидалась «,» или «]».</translation>
    </message>
    <message>
        <source>The JSON ends too early.</source>
        <translation>JSON обрывается раньше времени.</translation>
    </message>
    <message>
        <source>Unexpected “%1”; expected a value.</source>
        <translation>Неожиданный символ «%1»; ожидалось значение.</translation>
    </message>
    <message>
        <source>A number is cut short.</source>
        <translation>Число оборвано.</translation>
    </message>
    <message>
        <source>Unexpected text; expected a value.</source>
        <translation>Неожиданный текст; ожидалось значение.</translation>
    </message>
    <message>
        <source>Expected “%1”.</source>
        <translation>Ожидалось «%1».</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>A “\u” escape gives half of a character (a lone surrogate).</source>
        <translation>Escape-последовательность «\u» даёт только половину символа (одиночный суррогат).</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>Текст не является корректным UTF-8.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportExport</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Event %1 “%2”: %3</source>
        <translation>Мероприятие %1 «%2»: %3</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportFetcher</name>
    <message>
        <source>The event is gone.</source>
        <translation>Мероприятие больше не существует.</translation>
    </message>
    <message>
        <source>Participants join through %1, so Zoom has no attendance for this event.</source>
        <translation>Участники подключаются через %1, поэтому в Zoom нет посещаемости этого мероприятия.</translation>
    </message>
    <message>
        <source>Event %1: Zoom is not connected; its report waits.</source>
        <translation>Мероприятие %1: Zoom не подключён; отчёт ожидает.</translation>
    </message>
    <message>
        <source>Zoom did not give the attendance before the report deadline: %1</source>
        <translation>Zoom не вернул данные о посещаемости до срока отчёта: %1</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Мероприятие %1: %2</translation>
    </message>
    <message>
        <source>Zoom has not counted the durations yet.</source>
        <translation>Zoom ещё не подсчитал продолжительность.</translation>
    </message>
    <message>
        <source>Event %1 has no meeting or webinar in Zoom, so it has no report.</source>
        <translation>У мероприятия %1 нет конференции или вебинара в Zoom, поэтому нет и отчёта.</translation>
    </message>
    <message>
        <source>The report could not be stored.</source>
        <translation>Не удалось сохранить отчёт.</translation>
    </message>
    <message>
        <source>Zoom is not connected.</source>
        <translation>Zoom не подключён.</translation>
    </message>
    <message>
        <source>Zoom has no record of this session yet (it files attendance a few minutes after the end), or it never took place.</source>
        <translation>В Zoom ещё нет записи об этом сеансе (посещаемость сохраняется через несколько минут после окончания), или он не состоялся.</translation>
    </message>
    <message>
        <source>%1 The stored report stays as it was.</source>
        <translation>%1 Сохранённый отчёт остаётся прежним.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportRepository</name>
    <message>
        <source>Event %1 has no report to fill.</source>
        <translation>У мероприятия %1 нет отчёта для заполнения.</translation>
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
        <translation>Начало</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <comment>time zone&apos;s city</comment>
        <translation>Начало (%1)</translation>
    </message>
    <message>
        <source>Event topic</source>
        <translation>Тема мероприятия</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Attended time</source>
        <translation>Время присутствия</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportTexts</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>Последний ответ: %1</translation>
    </message>
    <message>
        <source>Zoom gave no attendance for this event.</source>
        <translation>Zoom не вернул данные о посещаемости этого мероприятия.</translation>
    </message>
    <message>
        <source>Only the host attended, so there is no report.</source>
        <translation>Присутствовал только организатор, поэтому отчёта нет.</translation>
    </message>
    <message>
        <source>Fetched from Zoom on %1.</source>
        <translation>Получен из Zoom %1.</translation>
    </message>
    <message>
        <source>Roomdesk could not get this report: %1</source>
        <translation>Roomdesk не удалось получить этот отчёт: %1</translation>
    </message>
    <message>
        <source>“Fetch again” asks Zoom once more.</source>
        <translation>«Запросить снова» ещё раз обращается к Zoom.</translation>
    </message>
    <message>
        <source>Zoom records attendance a few minutes after the end; Roomdesk asks again at %1.</source>
        <translation>Zoom сохраняет посещаемость через несколько минут после окончания; Roomdesk снова запросит её в %1.</translation>
    </message>
    <message>
        <source>Zoom records attendance a few minutes after the end; Roomdesk asks again soon.</source>
        <translation>Zoom сохраняет посещаемость через несколько минут после окончания; Roomdesk скоро запросит её снова.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportsPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Who attended each ended session and for how long. Rejoins and second devices count once; the host and the waiting room do not count.</source>
        <translation>Кто присутствовал на каждом завершённом сеансе и сколько времени. Повторные входы и вторые устройства учитываются один раз; организатор и зал ожидания не учитываются.</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>Запросить снова</translation>
    </message>
    <message>
        <source>Asks Zoom for the selected event&apos;s attendance now, whatever its state</source>
        <translation>Запрашивает у Zoom посещаемость выбранного мероприятия сейчас, в каком бы состоянии ни был отчёт</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Saves the selected report as a CSV file</source>
        <translation>Сохраняет выбранный отчёт в файл CSV</translation>
    </message>
    <message>
        <source>Export range…</source>
        <translation>Экспорт за период…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <comment>a period: from … to …</comment>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Все отчёты</translation>
    </message>
    <message>
        <source>CSV files:</source>
        <translation>Файлы CSV:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Точка с запятой (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>&amp;BOM for Excel</source>
        <translation>&amp;BOM для Excel</translation>
    </message>
    <message>
        <source>Starts each file with a byte order mark, so that Excel reads accents and Cyrillic letters correctly</source>
        <translation>Начинает каждый файл с метки порядка байтов, чтобы Excel правильно читал диакритику и кириллицу</translation>
    </message>
    <message>
        <source>&amp;Times in:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Each event&apos;s time zone</source>
        <translation>Часовой пояс каждого мероприятия</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Часовой пояс этого компьютера (%1)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Total attended time</source>
        <translation>Общее время присутствия</translation>
    </message>
    <message>
        <source>Average per attendee</source>
        <translation>В среднем на участника</translation>
    </message>
    <message>
        <source>First join – last leave</source>
        <translation>Первый вход – последний выход</translation>
    </message>
    <message>
        <source>Zoom&apos;s records</source>
        <translation>Записи Zoom</translation>
    </message>
    <message>
        <source>Search name or e-mail…</source>
        <translation>Поиск по имени или эл. почте…</translation>
    </message>
    <message>
        <source>Only a ready report can be exported</source>
        <translation>Экспортировать можно только готовый отчёт</translation>
    </message>
    <message>
        <source>No report in this period is “%1”.</source>
        <translation>За этот период нет отчётов в состоянии «%1».</translation>
    </message>
    <message>
        <source>No ended events in this period. A report appears here once an event with a Zoom meeting or webinar has ended.</source>
        <translation>За этот период нет завершённых мероприятий. Отчёт появится здесь, когда завершится мероприятие со встречей или вебинаром Zoom.</translation>
    </message>
    <message>
        <source>Select a report to see who attended.</source>
        <translation>Выберите отчёт, чтобы увидеть, кто присутствовал.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <comment>start – end (time zone)</comment>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Комната: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>report state — what it means</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Загрузка отчёта…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Asking Zoom for the attendance of “%1”…</source>
        <translation>Запрос посещаемости «%1» у Zoom…</translation>
    </message>
    <message numerus="yes">
        <source>The report of “%1” is ready: %n attendee(s).</source>
        <translation>
            <numerusform>Отчёт по «%1» готов: %n участник.</numerusform>
            <numerusform>Отчёт по «%1» готов: %n участника.</numerusform>
            <numerusform>Отчёт по «%1» готов: %n участников.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>The report of “%1” failed: %2</source>
        <translation>Не удалось получить отчёт о «%1»: %2</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Сохранение отчёта…</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Отчёт сохранён в %1.</translation>
    </message>
    <message>
        <source>Export the reports into a folder</source>
        <translation>Экспорт отчётов в папку</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n report(s)…</source>
        <translation>
            <numerusform>Экспортируется %n отчёт…</numerusform>
            <numerusform>Экспортируются %n отчёта…</numerusform>
            <numerusform>Экспортируются %n отчётов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n файл записан в %1.</numerusform>
            <numerusform>%n файла записано в %1.</numerusform>
            <numerusform>%n файлов записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1.</source>
        <translation>Не экспортированы: %1.</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Отмена экспорта…</translation>
    </message>
    <message>
        <source>Saves every report in the list as a CSV file into a folder; reports that are not ready are named in the message instead</source>
        <translation>Сохраняет каждый отчёт из списка в файл CSV в папку; неготовые отчёты будут перечислены в сообщении</translation>
    </message>
    <message>
        <source>%1 records; not counted: %2 of the host, %3 in the waiting room</source>
        <translation>Записей: %1; не учтены: организатора — %2, из зала ожидания — %3</translation>
    </message>
</context>
<context>
    <name>Roomdesk::RequestImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) imported</source>
        <translation>
            <numerusform>Импортирована %n заявка</numerusform>
            <numerusform>Импортированы %n заявки</numerusform>
            <numerusform>Импортировано %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allocated</source>
        <translation>
            <numerusform>%n с комнатой</numerusform>
            <numerusform>%n с комнатой</numerusform>
            <numerusform>%n с комнатой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ожидает</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” has no header line.</source>
        <translation>В «%1» нет строки заголовков.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are title, start, tz, duration and, optionally, webinar, admission and organizer.</source>
        <translation>Неизвестный столбец «%1»; столбцы: title, start, tz, duration и, по желанию, webinar, admission и organizer.</translation>
    </message>
    <message>
        <source>The column “%1” is missing.</source>
        <translation>Нет столбца «%1».</translation>
    </message>
    <message>
        <source>the duration “%1” is not whole minutes.</source>
        <translation>длительность «%1» — не целое число минут.</translation>
    </message>
    <message>
        <source>webinar is yes or no, not “%1”.</source>
        <translation>webinar — это yes или no, а не «%1».</translation>
    </message>
    <message>
        <source>admission is waiting-room or auto-admit, not “%1”.</source>
        <translation>admission — это waiting-room или auto-admit, а не «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to fix; nothing was imported.</source>
        <translation>
            <numerusform>%n строку нужно исправить; ничего не импортировано.</numerusform>
            <numerusform>%n строки нужно исправить; ничего не импортировано.</numerusform>
            <numerusform>%n строк нужно исправить; ничего не импортировано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomCalendarView</name>
    <message>
        <source>Waiting for a room</source>
        <translation>Ожидают комнату</translation>
    </message>
    <message>
        <source>Room calendar</source>
        <translation>Календарь комнат</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n комната</numerusform>
            <numerusform>%n комнаты</numerusform>
            <numerusform>%n комнат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) in this period</source>
        <translation>
            <numerusform>%n бронирование в этом периоде</numerusform>
            <numerusform>%n бронирования в этом периоде</numerusform>
            <numerusform>%n бронирований в этом периоде</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1, %2.</source>
        <translation>Выбрано: %1, %2.</translation>
    </message>
    <message>
        <source>Arrow keys move between bookings, Enter opens one, Page Up and Page Down change the period, Home goes to now.</source>
        <translation>Стрелки переходят между бронированиями, Enter открывает, Page Up и Page Down меняют период, Home — к текущему моменту.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивна</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>вебинар</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Время: %1</translation>
    </message>
    <message>
        <source>Requests that no room could take yet, with the reason for each.</source>
        <translation>Заявки, которые пока не получили комнату, с причиной для каждой.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Inactive: gets no bookings</source>
        <translation>Неактивна: не получает бронирований</translation>
    </message>
    <message>
        <source>Assigned by hand only</source>
        <translation>Назначается только вручную</translation>
    </message>
    <message>
        <source>Assigned automatically</source>
        <translation>Назначается автоматически</translation>
    </message>
    <message>
        <source>Webinar licence</source>
        <translation>Лицензия на вебинары</translation>
    </message>
    <message>
        <source>Meetings only</source>
        <translation>Только встречи</translation>
    </message>
    <message>
        <source>Organizer: %1</source>
        <translation>Организатор: %1</translation>
    </message>
    <message>
        <source>Room: %1 (%2)</source>
        <translation>Комната: %1 (%2)</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Сессия: %1</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>Ваше время: %1</translation>
    </message>
    <message>
        <source>Room blocked, buffers included: %1</source>
        <translation>Комната занята с учётом интервалов: %1</translation>
    </message>
    <message>
        <source>Overlaps another booking of this room.</source>
        <translation>Пересекается с другим бронированием этой комнаты.</translation>
    </message>
    <message>
        <source>Why it waits: %1</source>
        <translation>Почему ожидает: %1</translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomRepository</name>
    <message>
        <source>A room needs a name.</source>
        <translation>У комнаты должно быть название.</translation>
    </message>
    <message>
        <source>A room&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>Название комнаты — не больше %1 символов, а в этом %2.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; a room is the Zoom user with that e-mail.</source>
        <translation>«%1» — не адрес электронной почты; комната — это пользователь Zoom с этим адресом.</translation>
    </message>
    <message>
        <source>The position must be 1 or more.</source>
        <translation>Позиция должна быть не меньше 1.</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation>Заметки — не больше %1 символов.</translation>
    </message>
    <message>
        <source>preparation</source>
        <translation>подготовка</translation>
    </message>
    <message>
        <source>courtesy</source>
        <translation>время вежливости</translation>
    </message>
    <message>
        <source>post-processing</source>
        <translation>постобработка</translation>
    </message>
    <message>
        <source>The room&apos;s %1 buffer must be between 0 and %2 minutes, not %3.</source>
        <translation>Буфер «%1» комнаты должен быть от 0 до %2 минут, а не %3.</translation>
    </message>
    <message>
        <source>Room %1 (“%2”) already uses %3; a Zoom user can be only one room.</source>
        <translation>Комната %1 («%2») уже использует %3; пользователь Zoom может быть только одной комнатой.</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>Комнаты %1 нет.</translation>
    </message>
    <message numerus="yes">
        <source>Room %1 has %n booking(s) and keeps them for history and reports; deactivate it instead (rooms set %1 --inactive).</source>
        <translation>
            <numerusform>У комнаты %1 есть %n бронь, она нужна для истории и отчётов; вместо удаления отключите комнату (rooms set %1 --inactive).</numerusform>
            <numerusform>У комнаты %1 есть %n брони, они нужны для истории и отчётов; вместо удаления отключите комнату (rooms set %1 --inactive).</numerusform>
            <numerusform>У комнаты %1 есть %n броней, они нужны для истории и отчётов; вместо удаления отключите комнату (rooms set %1 --inactive).</numerusform>
        </translation>
    </message>
    <message>
        <source>A room&apos;s capacity must be from 1 to 100000 participants.</source>
        <translation>Вместимость комнаты должна быть от 1 до 100000 участников.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomRequestDialog</name>
    <message>
        <source>Request a room</source>
        <translation>Запрос комнаты</translation>
    </message>
    <message>
        <source>A room is booked for the session and its buffers, without a Zoom meeting. When no room is free, the request waits for one with the reason.</source>
        <translation>Комната бронируется на сеанс с интервалами до и после него, без встречи Zoom. Если свободной комнаты нет, заявка ждёт её, с указанием причины.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Т&amp;ип:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Нача&amp;ло:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>Admission:</source>
        <translation>Допуск:</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Организатор:</translation>
    </message>
    <message>
        <source>What the session is called</source>
        <translation>Название сеанса</translation>
    </message>
    <message>
        <source>A webinar needs a room with a webinar licence</source>
        <translation>Для вебинара нужна комната с лицензией на вебинары</translation>
    </message>
    <message>
        <source>The IANA time zone the start time is in, e.g. Europe/Madrid; type to search</source>
        <translation>Часовой пояс IANA времени начала, например Europe/Madrid; начните вводить для поиска</translation>
    </message>
    <message>
        <source>h</source>
        <comment>hours of a duration</comment>
        <translation>ч</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes of a duration</comment>
        <translation>мин</translation>
    </message>
    <message>
        <source>&amp;Waiting room: the host admits participants</source>
        <translation>&amp;Зал ожидания: ведущий сам допускает участников</translation>
    </message>
    <message>
        <source>&amp;Automatic admission: participants join at once</source>
        <translation>&amp;Автоматический допуск: участники входят сразу</translation>
    </message>
    <message>
        <source>Who asked for the room (optional)</source>
        <translation>Кто запросил комнату (необязательно)</translation>
    </message>
    <message>
        <source>Request the room</source>
        <translation>Запросить комнату</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Looking for a free room…</source>
        <translation>Поиск свободной комнаты…</translation>
    </message>
    <message>
        <source>Not requested: %1</source>
        <translation>Заявка не создана: %1</translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>This room&apos;s own value; set it to “Policy” to follow the buffer policy.</source>
        <translation>Собственное значение комнаты; выберите «По политике», чтобы следовать политике интервалов.</translation>
    </message>
    <message>
        <source>Follows the buffer policy; edit to give this room its own value.</source>
        <translation>Следует политике интервалов; измените, чтобы задать комнате своё значение.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивна</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Manual only</source>
        <translation>Только вручную</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Allocation order: the first free room from the top gets the request. Drag rows to reorder.</source>
        <translation>Порядок назначения: заявку получает первая свободная комната сверху. Перетаскивайте строки, чтобы изменить порядок.</translation>
    </message>
    <message>
        <source>The Zoom host&apos;s e-mail</source>
        <translation>Почта организатора Zoom</translation>
    </message>
    <message>
        <source>The Zoom host&apos;s e-mail (Zoom user %1)</source>
        <translation>Почта организатора Zoom (пользователь Zoom %1)</translation>
    </message>
    <message>
        <source>Only active rooms take requests</source>
        <translation>Заявки принимают только активные комнаты</translation>
    </message>
    <message>
        <source>Automatic rooms are allocated by Roomdesk; manual ones only by an administrator</source>
        <translation>Автоматические комнаты назначает Roomdesk, ручные — только администратор</translation>
    </message>
    <message>
        <source>The host has a webinar licence</source>
        <translation>У организатора есть лицензия на вебинары</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Host e-mail</source>
        <translation>Почта организатора</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Вебинары</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Courtesy</source>
        <translation>Запас</translation>
    </message>
    <message>
        <source>Post-processing</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomsPage</name>
    <message>
        <source>Room saved.</source>
        <translation>Комната сохранена.</translation>
    </message>
    <message>
        <source>Allocation order saved.</source>
        <translation>Порядок назначения сохранён.</translation>
    </message>
    <message>
        <source>Buffer policy saved; current bookings were re-checked.</source>
        <translation>Политика интервалов сохранена; текущие бронирования перепроверены.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Комнаты</translation>
    </message>
    <message>
        <source>The licensed Zoom hosts organizers share. Requests get the first free active, automatic room from the top, with its buffers; drag rows to change the order. Double-click a cell to edit it.</source>
        <translation>Лицензированные организаторы Zoom, которых делят между собой организаторы. Заявка получает первую свободную активную автоматическую комнату сверху, с её интервалами; перетаскивайте строки, чтобы изменить порядок. Дважды щёлкните ячейку, чтобы изменить её.</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Добавить комнату…</translation>
    </message>
    <message>
        <source>Import from Zoom…</source>
        <translation>Импорт из Zoom…</translation>
    </message>
    <message>
        <source>Licensed users of the Zoom account; needs the optional scope user:read:list_users:admin</source>
        <translation>Лицензированные пользователи учётной записи Zoom; нужна необязательная область доступа user:read:list_users:admin</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Buffer policy (rooms without their own values follow it)</source>
        <translation>Политика интервалов (ей следуют комнаты без своих значений)</translation>
    </message>
    <message>
        <source>No rooms yet. Add the Zoom hosts organizers share by e-mail, or import licensed users from Zoom.</source>
        <translation>Комнат пока нет. Добавьте организаторов Zoom по почте или импортируйте лицензированных пользователей из Zoom.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) got a room.</source>
        <translation>
            <numerusform>%n ожидающая заявка получила комнату.</numerusform>
            <numerusform>%n ожидающие заявки получили комнату.</numerusform>
            <numerusform>%n ожидающих заявок получили комнату.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict in %1: “%2” and “%3” now overlap, buffers included. Move one of them.</source>
        <translation>Конфликт в %1: «%2» и «%3» теперь пересекаются с учётом интервалов. Перенесите одно из них.</translation>
    </message>
    <message>
        <source>Room “%1” added.</source>
        <translation>Комната «%1» добавлена.</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>Удалить комнату</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the pool?</source>
        <translation>Удалить «%1» (%2) из пула комнат?</translation>
    </message>
    <message>
        <source>A room that has bookings keeps them for history and reports; it can only be deactivated.</source>
        <translation>Комната с бронированиями сохраняет их для истории и отчётов; её можно только отключить.</translation>
    </message>
    <message>
        <source>Room removed.</source>
        <translation>Комната удалена.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::SandboxOptions</name>
    <message>
        <source>“%1” is not a Zoom scope (expected the form product:action:data[:admin]).</source>
        <translation>«%1» — не область доступа Zoom (ожидается вид продукт:действие:данные[:admin]).</translation>
    </message>
    <message>
        <source>“%1” is not a fault; use latency:P:MSms, 5xx:P, reset:P or truncate:P with P between 0 and 1.</source>
        <translation>«%1» — не сбой; используйте latency:P:MSms, 5xx:P, reset:P или truncate:P, где P от 0 до 1.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ScopeCatalog</name>
    <message>
        <source>Read an ended meeting&apos;s details for its report</source>
        <translation>Читать сведения о завершённой конференции для отчёта</translation>
    </message>
    <message>
        <source>Read meetings and fresh start links; the End Meeting event</source>
        <translation>Читать конференции и свежие ссылки запуска; событие End Meeting</translation>
    </message>
    <message>
        <source>Read who attended an ended meeting</source>
        <translation>Читать, кто был на завершённой конференции</translation>
    </message>
    <message>
        <source>List a room&apos;s meetings to find changes made in Zoom</source>
        <translation>Получать список конференций комнаты, чтобы находить изменения, сделанные в Zoom</translation>
    </message>
    <message>
        <source>Read a meeting&apos;s registrants</source>
        <translation>Читать зарегистрированных участников конференции</translation>
    </message>
    <message>
        <source>Read the invitation text to send to participants</source>
        <translation>Читать текст приглашения для отправки участникам</translation>
    </message>
    <message>
        <source>The participant joined and left events</source>
        <translation>События входа и выхода участников</translation>
    </message>
    <message>
        <source>Change a meeting when its event is edited</source>
        <translation>Изменять конференцию при правке мероприятия</translation>
    </message>
    <message>
        <source>Delete a meeting when its event is cancelled</source>
        <translation>Удалять конференцию при отмене мероприятия</translation>
    </message>
    <message>
        <source>Create meetings in the allocated room</source>
        <translation>Создавать конференции в выделенной комнате</translation>
    </message>
    <message>
        <source>Register participants in a meeting</source>
        <translation>Регистрировать участников конференции</translation>
    </message>
    <message>
        <source>Remove a participant&apos;s registration</source>
        <translation>Отменять регистрацию участника</translation>
    </message>
    <message>
        <source>End a meeting after the courtesy time</source>
        <translation>Завершать конференцию после резервного времени</translation>
    </message>
    <message>
        <source>Create meetings in sub-accounts of a master account</source>
        <translation>Создавать конференции в дочерних учётных записях главной</translation>
    </message>
    <message>
        <source>End meetings in sub-accounts of a master account</source>
        <translation>Завершать конференции в дочерних учётных записях главной</translation>
    </message>
    <message>
        <source>Read a meeting&apos;s cloud recordings</source>
        <translation>Читать облачные записи конференции</translation>
    </message>
    <message>
        <source>List a room&apos;s cloud recordings</source>
        <translation>Получать список облачных записей комнаты</translation>
    </message>
    <message>
        <source>The All Recordings have completed event</source>
        <translation>Событие All Recordings have completed</translation>
    </message>
    <message>
        <source>Read recordings in sub-accounts</source>
        <translation>Читать записи в дочерних учётных записях</translation>
    </message>
    <message>
        <source>List recordings in sub-accounts</source>
        <translation>Получать список записей в дочерних учётных записях</translation>
    </message>
    <message>
        <source>Read who attended an ended webinar</source>
        <translation>Читать, кто был на завершённом вебинаре</translation>
    </message>
    <message>
        <source>Read a webinar&apos;s registrants</source>
        <translation>Читать зарегистрированных участников вебинара</translation>
    </message>
    <message>
        <source>Read webinars and fresh start links; the End Webinar event</source>
        <translation>Читать вебинары и свежие ссылки запуска; событие End Webinar</translation>
    </message>
    <message>
        <source>Create webinars in webinar-capable rooms</source>
        <translation>Создавать вебинары в комнатах с лицензией на вебинары</translation>
    </message>
    <message>
        <source>Import licensed Zoom users as rooms</source>
        <translation>Импортировать лицензированных пользователей Zoom как комнаты</translation>
    </message>
    <message>
        <source>Check a room&apos;s licence and webinar capability</source>
        <translation>Проверять лицензию комнаты и возможность проводить вебинары</translation>
    </message>
    <message>
        <source>Attendance from Zoom&apos;s meeting reports (more detail, slower limits)</source>
        <translation>Посещаемость из отчётов Zoom о конференциях (подробнее, но с более жёсткими ограничениями)</translation>
    </message>
    <message>
        <source>Attendance from Zoom&apos;s webinar reports</source>
        <translation>Посещаемость из отчётов Zoom о вебинарах</translation>
    </message>
    <message>
        <source>Change a webinar when its event is edited</source>
        <translation>Изменять вебинар при правке мероприятия</translation>
    </message>
    <message>
        <source>Delete a webinar when its event is cancelled</source>
        <translation>Удалять вебинар при отмене мероприятия</translation>
    </message>
    <message>
        <source>End a webinar after the courtesy time</source>
        <translation>Завершать вебинар после резервного времени</translation>
    </message>
    <message>
        <source>List a room&apos;s webinars to find one whose creation was not confirmed</source>
        <translation>Получать список вебинаров комнаты, чтобы найти вебинар, создание которого не подтвердилось</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ScopeChecklist</name>
    <message>
        <source>Copy “%1”</source>
        <translation>Копировать «%1»</translation>
    </message>
    <message>
        <source>Asking Zoom for a fresh token…</source>
        <translation>Запрашиваем у Zoom новый токен…</translation>
    </message>
    <message>
        <source>Not checked yet: click “Check again” once the scopes are added.</source>
        <translation>Ещё не проверено: нажмите «Проверить снова», когда добавите области доступа.</translation>
    </message>
    <message numerus="yes">
        <source>All %n required scope(s) are granted.</source>
        <translation>
            <numerusform>Предоставлена %n обязательная область доступа.</numerusform>
            <numerusform>Предоставлены все %n обязательные области доступа.</numerusform>
            <numerusform>Предоставлены все %n обязательных областей доступа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required scope(s) missing: %1. Add them in the Marketplace (Scopes → Add Scopes), then check again.</source>
        <translation>
            <numerusform>Не хватает %n обязательной области доступа: %1. Добавьте её в Marketplace (Scopes → Add Scopes) и проверьте снова.</numerusform>
            <numerusform>Не хватает %n обязательных областей доступа: %1. Добавьте их в Marketplace (Scopes → Add Scopes) и проверьте снова.</numerusform>
            <numerusform>Не хватает %n обязательных областей доступа: %1. Добавьте их в Marketplace (Scopes → Add Scopes) и проверьте снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the app&apos;s Scopes step, click “Add Scopes” and add each of these %n scope(s); the copy buttons put one name, or all of them, on the clipboard.</source>
        <translation>
            <numerusform>На шаге Scopes приложения нажмите «Add Scopes» и добавьте эту %n область доступа; кнопки копирования помещают в буфер обмена одно имя или все сразу.</numerusform>
            <numerusform>На шаге Scopes приложения нажмите «Add Scopes» и добавьте каждую из этих %n областей доступа; кнопки копирования помещают в буфер обмена одно имя или все сразу.</numerusform>
            <numerusform>На шаге Scopes приложения нажмите «Add Scopes» и добавьте каждую из этих %n областей доступа; кнопки копирования помещают в буфер обмена одно имя или все сразу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: these scopes unlock further features. Without them Roomdesk works and says where a feature is unavailable.</source>
        <translation>Необязательные: эти области доступа открывают дополнительные функции. Без них Roomdesk работает и сообщает, какая функция недоступна.</translation>
    </message>
    <message>
        <source>Copy all required scopes</source>
        <translation>Копировать все обязательные области</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>Continue with reduced features: what needs a missing scope stays unavailable until it is added</source>
        <translation>Продолжить с ограниченными функциями: всё, чему нужна отсутствующая область доступа, недоступно, пока её не добавят</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ScopeListModel</name>
    <message>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>предоставлена</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>не предоставлена</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Область доступа</translation>
    </message>
    <message>
        <source>What Roomdesk uses it for</source>
        <translation>Для чего она нужна Roomdesk</translation>
    </message>
    <message>
        <source>What it unlocks</source>
        <translation>Что она открывает</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ScopesWizardPage</name>
    <message>
        <source>Scopes</source>
        <translation>Области доступа</translation>
    </message>
    <message>
        <source>What the app may do. The list below shows what the current token really grants.</source>
        <translation>Что разрешено приложению. Список ниже показывает, что на самом деле предоставляет текущий токен.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::SecretStore</name>
    <message>
        <source>The system keychain is not available (%1), so the %2 cannot be kept there. Roomdesk never writes secrets to a file: start the keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) or keep the secrets for this session only.</source>
        <translation>Системная связка ключей недоступна (%1), поэтому %2 нельзя в ней сохранить. Roomdesk никогда не записывает секреты в файл: запустите связку ключей (GNOME Keyring, KWallet, Связка ключей macOS, Диспетчер учётных данных Windows) или храните секреты только в этом сеансе.</translation>
    </message>
    <message>
        <source>Access to the %1 in the system keychain was refused (%2). Unlock the keychain and allow Roomdesk to use it.</source>
        <translation>Доступ к %1 в системной связке ключей запрещён (%2). Разблокируйте связку ключей и разрешите Roomdesk её использовать.</translation>
    </message>
    <message>
        <source>The system keychain could not handle the %1: %2</source>
        <translation>Системная связка ключей не смогла обработать %1: %2</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>webhook Secret Token</source>
        <translation>Secret Token веб-хука</translation>
    </message>
</context>
<context>
    <name>Roomdesk::SettingsPage</name>
    <message>
        <source>Secrets are kept in memory for this session only; enter them again next time.</source>
        <translation>Секреты хранятся в памяти только в этом сеансе; в следующий раз введите их снова.</translation>
    </message>
    <message>
        <source>The Client Secret and the Secret Token are kept in the system keychain only.</source>
        <translation>Client Secret и Secret Token хранятся только в системной связке ключей.</translation>
    </message>
    <message>
        <source>Forget the Zoom connection?</source>
        <translation>Забыть подключение к Zoom?</translation>
    </message>
    <message>
        <source>Roomdesk forgets the Account ID and Client ID and removes the Client Secret and the Secret Token from the system keychain. The app in the Zoom App Marketplace is not changed.</source>
        <translation>Roomdesk забудет Account ID и Client ID и удалит Client Secret и Secret Token из системной связки ключей. Приложение в Zoom App Marketplace не изменится.</translation>
    </message>
    <message>
        <source>Save the connection first; the check uses the stored credentials.</source>
        <translation>Сначала сохраните подключение: проверка использует сохранённые учётные данные.</translation>
    </message>
    <message>
        <source>Paste the Secret Token first.</source>
        <translation>Сначала вставьте Secret Token.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Zoom connection</source>
        <translation>Подключение к Zoom</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Области доступа</translation>
    </message>
    <message>
        <source>Event subscription (webhooks)</source>
        <translation>Подписка на события (веб-хуки)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>&amp;Save connection</source>
        <translation>&amp;Сохранить подключение</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Забыть…</translation>
    </message>
    <message>
        <source>Run the setup &amp;wizard…</source>
        <translation>Запустить &amp;мастер настройки…</translation>
    </message>
    <message>
        <source>Save event subscription</source>
        <translation>Сохранить подписку на события</translation>
    </message>
    <message>
        <source>Keep the secrets for this session only</source>
        <translation>Хранить секреты только в этом сеансе</translation>
    </message>
    <message>
        <source>Language: choose it in the Language menu; it changes at once.</source>
        <translation>Язык: выберите его в меню «Язык»; он меняется сразу.</translation>
    </message>
    <message>
        <source>Database in use: %1</source>
        <translation>Используемая база данных: %1</translation>
    </message>
    <message>
        <source>Reading the stored connection…</source>
        <translation>Читаем сохранённое подключение…</translation>
    </message>
    <message>
        <source>No Zoom account is connected yet. The setup wizard guides you through it.</source>
        <translation>Учётная запись Zoom ещё не подключена. Мастер настройки проведёт вас по всем шагам.</translation>
    </message>
    <message>
        <source>Connected to %1; last verified %2.</source>
        <translation>Подключено к %1; последняя проверка: %2.</translation>
    </message>
    <message>
        <source>Stored for %1 but not verified yet: test the connection.</source>
        <translation>Сохранено для %1, но ещё не проверено: проверьте подключение.</translation>
    </message>
    <message>
        <source>Paste the Client Secret: none is stored yet.</source>
        <translation>Вставьте Client Secret: он ещё не сохранён.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::SetupWizard</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Set up the Zoom connection</source>
        <translation>Настройка подключения к Zoom</translation>
    </message>
    <message>
        <source>Paste the Client Secret: none is stored yet.</source>
        <translation>Вставьте Client Secret: он ещё не сохранён.</translation>
    </message>
    <message>
        <source>Paste the Secret Token first.</source>
        <translation>Сначала вставьте Secret Token.</translation>
    </message>
    <message>
        <source>The sandbox could not be asked to validate: %1</source>
        <translation>Не удалось попросить песочницу выполнить проверку: %1</translation>
    </message>
</context>
<context>
    <name>Roomdesk::StoredReport</name>
    <message>
        <source>Waiting for Zoom</source>
        <translation>Ожидание Zoom</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>No attendees</source>
        <translation>Нет участников</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>Roomdesk::SummaryWizardPage</name>
    <message>
        <source>Connection to %1 tested: Zoom issued a token at %2.</source>
        <translation>Подключение к %1 проверено: Zoom выдал токен в %2.</translation>
    </message>
    <message>
        <source>Account ID %1, Client ID %2.</source>
        <translation>Account ID %1, Client ID %2.</translation>
    </message>
    <message>
        <source>All required scopes are granted.</source>
        <translation>Все обязательные области доступа предоставлены.</translation>
    </message>
    <message numerus="yes">
        <source>%n required scope(s) missing; the features that need them stay unavailable until they are added.</source>
        <translation>
            <numerusform>Не хватает %n обязательной области доступа; функции, которым она нужна, недоступны, пока её не добавят.</numerusform>
            <numerusform>Не хватает %n обязательных областей доступа; функции, которым они нужны, недоступны, пока их не добавят.</numerusform>
            <numerusform>Не хватает %n обязательных областей доступа; функции, которым они нужны, недоступны, пока их не добавят.</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhook Secret Token entered.</source>
        <translation>Secret Token веб-хука введён.</translation>
    </message>
    <message>
        <source>No webhook Secret Token: Roomdesk will poll Zoom instead of receiving events.</source>
        <translation>Secret Token веб-хука не задан: Roomdesk будет периодически опрашивать Zoom вместо получения событий.</translation>
    </message>
    <message>
        <source>Zoom validated the endpoint %1.</source>
        <translation>Zoom подтвердил конечную точку %1.</translation>
    </message>
    <message>
        <source>The endpoint was not validated in this session; polling covers it until Zoom can reach Roomdesk.</source>
        <translation>Конечная точка в этом сеансе не подтверждена; пока Zoom не может достучаться до Roomdesk, работает периодический опрос.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save&lt;/b&gt; stores the Client Secret and the Secret Token in the system keychain and the rest in Roomdesk&apos;s database. Cancel leaves what was stored before untouched.</source>
        <translation>&lt;b&gt;Сохранить&lt;/b&gt; помещает Client Secret и Secret Token в системную связку ключей, а остальное — в базу данных Roomdesk. «Отмена» оставляет сохранённое ранее без изменений.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>What is configured and what was verified.</source>
        <translation>Что настроено и что проверено.</translation>
    </message>
    <message>
        <source>Keep the secrets for this session only</source>
        <translation>Хранить секреты только в этом сеансе</translation>
    </message>
</context>
<context>
    <name>Roomdesk::WallClock</name>
    <message>
        <source>“%1” is not a time zone; use an IANA name such as Europe/Madrid or America/Bogota.</source>
        <translation>«%1» — не часовой пояс; используйте имя IANA, например Europe/Madrid или America/Bogota.</translation>
    </message>
    <message>
        <source>“%1” is not a local date and time such as 2026-03-02T09:30 (no offset: the time zone says it).</source>
        <translation>«%1» — не местные дата и время вида 2026-03-02T09:30 (без смещения: его задаёт часовой пояс).</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it for daylight saving time. Choose a time after the change.</source>
        <translation>%1 не существует в %2: при переходе на летнее время часы его пропускают. Выберите время после перехода.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back for daylight saving time. Choose a time outside the repeated hour.</source>
        <translation>%1 наступает в %2 дважды: при переходе с летнего времени часы переводят назад. Выберите время вне повторяющегося часа.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::WebhookInbox</name>
    <message>
        <source>The webhook event could not be stored and is not in the inbox either.</source>
        <translation>Событие веб-хука не удалось сохранить, и во входящих его тоже нет.</translation>
    </message>
    <message>
        <source>There is no webhook event %1 in the inbox.</source>
        <translation>Во входящих нет события веб-хука %1.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::WebhookPanel</name>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Остановить &amp;приём</translation>
    </message>
    <message>
        <source>Start &amp;listening</source>
        <translation>Начать &amp;приём</translation>
    </message>
    <message>
        <source>Not listening. Start listening, then click “Validate” in the Marketplace&apos;s Event Subscription.</source>
        <translation>Приём не запущен. Начните приём, затем нажмите «Validate» в разделе Event Subscription в Marketplace.</translation>
    </message>
    <message>
        <source>Paste the Secret Token from the app&apos;s Features page first.</source>
        <translation>Сначала вставьте Secret Token со страницы Features приложения.</translation>
    </message>
    <message>
        <source>Starting the receiver…</source>
        <translation>Запускаем приёмник…</translation>
    </message>
    <message>
        <source>Listening on %1; waiting for Zoom&apos;s validation. Click “Validate” in the Marketplace now.</source>
        <translation>Приём на %1; ждём проверки от Zoom. Нажмите сейчас «Validate» в Marketplace.</translation>
    </message>
    <message>
        <source>Validated: Zoom&apos;s endpoint.url_validation reached Roomdesk at %1 and was answered. Events will arrive here.</source>
        <translation>Подтверждено: запрос endpoint.url_validation от Zoom дошёл до Roomdesk в %1 и получил ответ. События будут приходить сюда.</translation>
    </message>
    <message>
        <source>Secret &amp;Token:</source>
        <translation>Secret &amp;Token:</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>&amp;Принимать на:</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>&amp;Публичный URL:</translation>
    </message>
    <message>
        <source>Endpoint URL for Zoom:</source>
        <translation>URL конечной точки для Zoom:</translation>
    </message>
    <message>
        <source>From the app&apos;s Features → Event Subscription; kept only in the system keychain</source>
        <translation>Из Features → Event Subscription приложения; хранится только в системной связке ключей</translation>
    </message>
    <message>
        <source>Hide the Secret Token</source>
        <translation>Скрыть Secret Token</translation>
    </message>
    <message>
        <source>Show the Secret Token</source>
        <translation>Показать Secret Token</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Только этот компьютер (127.0.0.1)</translation>
    </message>
    <message>
        <source>Every network interface (0.0.0.0)</source>
        <translation>Все сетевые интерфейсы (0.0.0.0)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>https://roomdesk.example.edu/zoom/webhook (reverse proxy or tunnel), optional</source>
        <translation>https://roomdesk.example.edu/zoom/webhook (обратный прокси или туннель), необязательно</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Event in the Marketplace</source>
        <translation>Событие в Marketplace</translation>
    </message>
    <message>
        <source>Event group</source>
        <translation>Группа событий</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>Имя в API</translation>
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
        <translation>Попросить песочницу проверить</translation>
    </message>
    <message>
        <source>Zoom must reach this URL over the internet with https, which a desktop rarely allows: put a reverse proxy or a tunnel in front of the receiver and give its address as the public URL, or let the team server receive events later. Nothing depends on it: without webhooks Roomdesk polls Zoom for ended sessions and recordings.</source>
        <translation>Zoom должен достучаться до этого URL через интернет по https, а настольный компьютер редко это позволяет: поставьте перед приёмником обратный прокси или туннель и укажите его адрес как публичный URL либо позже доверьте приём событий командному серверу. От этого ничего не зависит: без веб-хуков Roomdesk сам опрашивает Zoom о завершённых сеансах и записях.</translation>
    </message>
    <message>
        <source>Stored; paste to replace it</source>
        <translation>Сохранён; вставьте новый, чтобы заменить</translation>
    </message>
</context>
<context>
    <name>Roomdesk::WebhookReceiver</name>
    <message>
        <source>The webhook path must start with “/”.</source>
        <translation>Путь веб-хука должен начинаться с «/».</translation>
    </message>
    <message>
        <source>The largest body must be at least one byte and the allowed clock difference cannot be negative.</source>
        <translation>Наибольший размер тела должен быть не меньше одного байта, а допустимая разница часов не может быть отрицательной.</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate file and a private key file.</source>
        <translation>Для HTTPS нужны и файл сертификата, и файл закрытого ключа.</translation>
    </message>
    <message>
        <source>Cannot listen for webhooks on %1 port %2: %3</source>
        <translation>Не удаётся принимать веб-хуки на %1, порт %2: %3</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than %1 bytes.</source>
        <translation>Заголовки запроса больше %1 байт.</translation>
    </message>
    <message>
        <source>The request&apos;s body is larger than the limit of %1 bytes.</source>
        <translation>Тело запроса больше предела в %1 байт.</translation>
    </message>
    <message>
        <source>Nothing is served at “%1”.</source>
        <translation>По адресу «%1» ничего нет.</translation>
    </message>
    <message>
        <source>Zoom sends webhooks with POST, not %1.</source>
        <translation>Zoom отправляет веб-хуки методом POST, а не %1.</translation>
    </message>
    <message>
        <source>No webhook Secret Token is set, so no request can be verified.</source>
        <translation>Secret Token веб-хука не задан, поэтому ни один запрос нельзя проверить.</translation>
    </message>
    <message>
        <source>The request has no x-zm-signature or x-zm-request-timestamp header.</source>
        <translation>В запросе нет заголовка x-zm-signature или x-zm-request-timestamp.</translation>
    </message>
    <message>
        <source>The signature headers are malformed (a timestamp in seconds and “v0=…” expected).</source>
        <translation>Заголовки подписи некорректны (ожидались метка времени в секундах и «v0=…»).</translation>
    </message>
    <message>
        <source>The signature does not match: the request was not signed with this Secret Token, or it was altered.</source>
        <translation>Подпись не совпадает: запрос подписан не этим Secret Token или был изменён.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Тело — не объект JSON.</translation>
    </message>
    <message>
        <source>The body has no “event” name.</source>
        <translation>В теле нет имени «event».</translation>
    </message>
    <message>
        <source>The body has no “event_ts” time in milliseconds.</source>
        <translation>В теле нет времени «event_ts» в миллисекундах.</translation>
    </message>
    <message>
        <source>The URL validation request has no “plainToken”.</source>
        <translation>В запросе проверки URL нет «plainToken».</translation>
    </message>
    <message>
        <source>The event could not be stored (%1); Zoom will send it again.</source>
        <translation>Событие не удалось сохранить (%1); Zoom пришлёт его снова.</translation>
    </message>
    <message>
        <source>HTTPS is not available: Qt found no TLS library on this system.</source>
        <translation>HTTPS недоступен: Qt не нашёл в системе библиотеку TLS.</translation>
    </message>
    <message>
        <source>The certificate file “%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать файл сертификата «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” holds no certificate Roomdesk can read (PEM or DER expected).</source>
        <translation>В «%1» нет сертификата, который Roomdesk может прочитать (ожидался PEM или DER).</translation>
    </message>
    <message>
        <source>The private key file “%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать файл закрытого ключа «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” holds no unencrypted private key Roomdesk can read (RSA, EC or DSA; PEM or DER).</source>
        <translation>В «%1» нет незашифрованного закрытого ключа, который Roomdesk может прочитать (RSA, EC или DSA; PEM или DER).</translation>
    </message>
    <message>
        <source>The request&apos;s timestamp is more than %1 s away from this computer&apos;s clock: a replay, or a clock that is off.</source>
        <translation>Метка времени запроса отличается от часов этого компьютера более чем на %1 с: это повтор или неверно идущие часы.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::WelcomeWizardPage</name>
    <message>
        <source>Connect Zoom</source>
        <translation>Подключение Zoom</translation>
    </message>
    <message>
        <source>About ten minutes in the Zoom App Marketplace; Roomdesk checks every step as you go.</source>
        <translation>Около десяти минут в Zoom App Marketplace; Roomdesk проверяет каждый шаг по ходу дела.</translation>
    </message>
    <message>
        <source>Roomdesk works with your institution&apos;s Zoom account through a Server-to-Server OAuth app that you create once in the Zoom App Marketplace. You will need a Zoom account with the right to create apps (usually an administrator).</source>
        <translation>Roomdesk работает с учётной записью Zoom вашей организации через приложение Server-to-Server OAuth, которое один раз создаётся в Zoom App Marketplace. Понадобится учётная запись Zoom с правом создавать приложения (обычно администратор).</translation>
    </message>
    <message>
        <source>&amp;Connect my institution&apos;s Zoom account</source>
        <translation>&amp;Подключить учётную запись Zoom моей организации</translation>
    </message>
    <message>
        <source>&amp;Explore with the local sandbox</source>
        <translation>&amp;Познакомиться с программой в локальной песочнице</translation>
    </message>
    <message>
        <source>Uses the Zoom sandbox running inside this demo: the same steps and checks, no Zoom account needed.</source>
        <translation>Использует песочницу Zoom внутри этой демонстрации: те же шаги и проверки, учётная запись Zoom не нужна.</translation>
    </message>
    <message>
        <source>Opens Roomdesk in demo mode in a new window, with a throw-away database and a local Zoom sandbox; your own data stays untouched.</source>
        <translation>Открывает Roomdesk в демонстрационном режиме в новом окне, с временной базой данных и локальной песочницей Zoom; ваши данные не затрагиваются.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ZoomConnectionStore</name>
    <message>
        <source>The database has no profile id; it was not created by Roomdesk.</source>
        <translation>В базе данных нет идентификатора профиля: её создал не Roomdesk.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ZoomError</name>
    <message>
        <source>Zoom could not be reached (%1). Check the network connection and the Zoom address, then try again.</source>
        <translation>Не удалось связаться с Zoom (%1). Проверьте подключение к сети и адрес Zoom и повторите попытку.</translation>
    </message>
    <message>
        <source>The connection to Zoom broke before its answer arrived (%1); the change may or may not have been made.</source>
        <translation>Соединение с Zoom прервалось до получения ответа (%1); изменение могло быть выполнено, а могло и нет.</translation>
    </message>
    <message>
        <source>“%1” is not a secure address. Zoom is reached over https; plain http is only allowed for a sandbox on this computer.</source>
        <translation>«%1» — небезопасный адрес. К Zoom обращаются по https; обычный http разрешён только для песочницы на этом компьютере.</translation>
    </message>
    <message>
        <source>Zoom answered with something Roomdesk does not understand (%1). Nothing was changed on this side; try again later.</source>
        <translation>Zoom ответил так, что Roomdesk не может это разобрать (%1). На этой стороне ничего не изменено; повторите попытку позже.</translation>
    </message>
    <message>
        <source>Zoom refused the Client ID or the Client Secret. Copy both again from the app&apos;s App Credentials page in the Zoom App Marketplace.</source>
        <translation>Zoom отклонил Client ID или Client Secret. Скопируйте оба заново со страницы App Credentials приложения в Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>Zoom does not accept these credentials for a Server-to-Server OAuth token. Check that the app was created as a Server-to-Server OAuth app and that it is activated.</source>
        <translation>Zoom не принимает эти учётные данные для токена Server-to-Server OAuth. Проверьте, что приложение создано как Server-to-Server OAuth и активировано.</translation>
    </message>
    <message>
        <source>Zoom refused the token request (%1). Check the Account ID.</source>
        <translation>Zoom отклонил запрос токена (%1). Проверьте Account ID.</translation>
    </message>
    <message>
        <source>This room&apos;s Zoom user has reached Zoom&apos;s limit of 100 meeting and webinar changes per day. Changes to it can resume after midnight UTC; other rooms are not affected.</source>
        <translation>Пользователь Zoom этой комнаты исчерпал лимит Zoom — 100 изменений конференций и вебинаров в сутки. Изменения станут возможны после полуночи UTC; другие комнаты это не затрагивает.</translation>
    </message>
    <message>
        <source>Zoom&apos;s rate limit for this account was reached (%1). Roomdesk will wait and try again.</source>
        <translation>Достигнут лимит частоты запросов Zoom для этой учётной записи (%1). Roomdesk подождёт и повторит попытку.</translation>
    </message>
    <message>
        <source>Zoom had a problem of its own (HTTP %1). Try again in a few minutes.</source>
        <translation>У Zoom возникла собственная проблема (HTTP %1). Повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>Zoom did not accept the access token (%1). Check that the app is still activated and test the connection again.</source>
        <translation>Zoom не принял токен доступа (%1). Проверьте, что приложение всё ещё активировано, и снова проверьте подключение.</translation>
    </message>
    <message>
        <source>The Zoom app lacks a scope this needs. Add one of these scopes to the app in the Zoom App Marketplace: %1.</source>
        <translation>У приложения Zoom нет нужной области доступа. Добавьте одну из этих областей в приложение в Zoom App Marketplace: %1.</translation>
    </message>
    <message>
        <source>Zoom does not know this user (%1). Check the room&apos;s e-mail address and that the user is active in the Zoom account.</source>
        <translation>Zoom не знает этого пользователя (%1). Проверьте адрес электронной почты комнаты и что пользователь активен в учётной записи Zoom.</translation>
    </message>
    <message>
        <source>The meeting or webinar no longer exists in Zoom (%1); it may have been deleted there.</source>
        <translation>Конференции или вебинара больше нет в Zoom (%1); возможно, их удалили там.</translation>
    </message>
    <message>
        <source>This Zoom user cannot host these sessions (%1). Give the user a licence or choose another room.</source>
        <translation>Этот пользователь Zoom не может проводить такие сеансы (%1). Выдайте ему лицензию или выберите другую комнату.</translation>
    </message>
    <message>
        <source>This Zoom user has no webinar licence. Choose a webinar-capable room or add the licence in Zoom.</source>
        <translation>У этого пользователя Zoom нет лицензии на вебинары. Выберите комнату с такой лицензией или добавьте лицензию в Zoom.</translation>
    </message>
    <message>
        <source>Zoom did not accept the credentials (%1).</source>
        <translation>Zoom не принял учётные данные (%1).</translation>
    </message>
    <message>
        <source>Zoom does not know what was asked for (%1).</source>
        <translation>Zoom не знает запрошенного объекта (%1).</translation>
    </message>
    <message>
        <source>Zoom refused the request: %1</source>
        <translation>Zoom отклонил запрос: %1</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily limit for this account was reached (%1). Calls can resume at %2 UTC.</source>
        <translation>Исчерпан суточный лимит Zoom для этой учётной записи (%1). Запросы можно будет возобновить в %2 UTC.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ZoomSandbox</name>
    <message>
        <source>The Zoom sandbox cannot listen on port %1 of 127.0.0.1; another program may be using it.</source>
        <translation>Песочница Zoom не может слушать порт %1 на 127.0.0.1; возможно, его занимает другая программа.</translation>
    </message>
</context>
<context>
    <name>Roomdesk::ZoomUserImportDialog</name>
    <message>
        <source>Import rooms from Zoom</source>
        <translation>Импорт комнат из Zoom</translation>
    </message>
    <message>
        <source>Licensed users of your Zoom account. Tick the ones organizers share as rooms and those with a webinar licence. Imported rooms start inactive.</source>
        <translation>Лицензированные пользователи вашей учётной записи Zoom. Отметьте тех, кого организаторы используют как комнаты, и тех, у кого есть лицензия на вебинары. Импортированные комнаты неактивны.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Webinar licence</source>
        <translation>Лицензия на вебинары</translation>
    </message>
    <message>
        <source>Add the ticked rooms</source>
        <translation>Добавить отмеченные комнаты</translation>
    </message>
    <message>
        <source>Asking Zoom for the account&apos;s users…</source>
        <translation>Запрашиваем у Zoom пользователей учётной записи…</translation>
    </message>
    <message>
        <source>Zoom is not connected yet. Set up the connection first, or add rooms by e-mail.</source>
        <translation>Zoom ещё не подключён. Сначала настройте подключение или добавьте комнаты по почте.</translation>
    </message>
    <message>
        <source>The app lacks the optional scope user:read:list_users:admin, so Roomdesk cannot list the account&apos;s users. Add the scope in the Zoom App Marketplace, or add rooms by e-mail.</source>
        <translation>У приложения нет необязательной области доступа user:read:list_users:admin, поэтому Roomdesk не может получить список пользователей. Добавьте её в Zoom App Marketplace или добавьте комнаты по почте.</translation>
    </message>
    <message>
        <source>Already a room</source>
        <translation>Уже комната</translation>
    </message>
    <message>
        <source>%1 (already a room)</source>
        <translation>%1 (уже комната)</translation>
    </message>
    <message numerus="yes">
        <source>%n licensed user(s).</source>
        <translation>
            <numerusform>%n лицензированный пользователь.</numerusform>
            <numerusform>%n лицензированных пользователя.</numerusform>
            <numerusform>%n лицензированных пользователей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the pool.</source>
        <translation>
            <numerusform>%n уже в пуле.</numerusform>
            <numerusform>%n уже в пуле.</numerusform>
            <numerusform>%n уже в пуле.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Basic user(s) left out: they cannot host rooms.</source>
        <translation>
            <numerusform>%n пользователь Basic пропущен: он не может быть комнатой.</numerusform>
            <numerusform>%n пользователя Basic пропущены: они не могут быть комнатами.</numerusform>
            <numerusform>%n пользователей Basic пропущены: они не могут быть комнатами.</numerusform>
        </translation>
    </message>
</context>
</TS>
