### Тексты интерфейса на русском. Недостающее показывается по-английски.
# unreviewed
language-name = Русский

# How numbers are written (Russian writes 1000 and 10 000 with a no-break space): ten digits, the mark between groups of three,
# and the fewest digits a number has before it is grouped.
-numerals-digits = 0123456789
-numerals-group =  
-numerals-grouped-from = 5

# unreviewed
skip-to-content = Перейти к содержимому
# unreviewed
search-label = Поиск по хабу
# unreviewed
search-button = Найти
# unreviewed
language-label = Язык
# unreviewed
language-button = Сменить
# unreviewed
nav-account = Аккаунт
# unreviewed
nav-sign-in = Войти
# unreviewed
nav-home = Главная
# unreviewed
nav-site = Сайт
# unreviewed
nav-wiki = Вики
# unreviewed
nav-members = Участники
# unreviewed
nav-notifications = Уведомления
# unreviewed
nav-review = Проверка
# unreviewed
nav-admin = Администрирование
# unreviewed
breadcrumbs-label = Вы здесь
# unreviewed
footer-licence = Если на странице не указано иное, её содержимое распространяется по лицензии
# unreviewed
footer-powered = Работает на Braid — свободном ПО для профессиональных сообществ.

# unreviewed
home-lede = Общая база знаний о целостной организационной безопасности: цифровой, физической, правовой и психологическом благополучии — вместе. Написана практиками для людей и организаций, которых они сопровождают.
# unreviewed
home-empty = В этом хабе пока нет разделов.
# unreviewed
group-phase = Этапы сопровождения
# unreviewed
group-practice = На всех этапах
# unreviewed
group-community = Наше сообщество

# unreviewed
section-no-pages = В этом разделе пока не написано ни одной страницы.
# unreviewed
sections-title = Разделы
# unreviewed
sections-lede = Разделы — верхний уровень хаба. Их порядок здесь — это их порядок на главной странице внутри каждой группы. Адрес раздела сохраняется при переименовании.
# unreviewed
sections-move-up = Выше
# unreviewed
sections-move-down = Ниже
# unreviewed
sections-remove = Удалить
# unreviewed
sections-describe = Название, описание и группа
# unreviewed
sections-field-summary = Описание
# unreviewed
sections-field-group = В группе
# unreviewed
sections-new = Новый раздел
# unreviewed
sections-add = Добавить раздел
# unreviewed
sections-manage = Управление разделами
# unreviewed
problem-section-not-empty = В этом разделе ещё есть страницы. Сначала перенесите их в другой раздел, восстановив те, что лежат в корзине.
# unreviewed
pager-label = Другие разделы
# unreviewed
pager-previous = Предыдущий:
# unreviewed
pager-next = Следующий:

# unreviewed
search-title = Поиск
# unreviewed
search-hint = Введите одно-два слова в поле поиска выше.
# unreviewed
search-result-count = { $count ->
    [0] Ничего не найдено.
    [one] { $count } результат.
    [few] { $count } результата.
    [many] { $count } результатов.
   *[other] { $count } результата.
}

# unreviewed
sign-in-title = Вход
# unreviewed
sign-in-invitation-only = В этот хаб вступают по приглашению: за каждого новичка ручается участник.

# unreviewed
error-reference = Номер для администраторов:
# unreviewed
error-status = статус
# unreviewed
error-home = На главную
# unreviewed
error-400-title = Запрос не удалось понять
# unreviewed
error-400-text = В запросе чего-то не хватало или он был искажён. Вернитесь, проверьте введённое и попробуйте снова.
# unreviewed
error-403-title = Нет доступа
# unreviewed
error-403-text = Здесь этого сделать нельзя. Если вы пришли по ссылке с другого сайта, откройте этот хаб напрямую и попробуйте снова.
# unreviewed
error-403-pending-text = Ваше участие ожидает одобрения. Пока его не одобрят (или, если сообщество этого требует, пока за вас не поручится второй участник), вы можете читать, но не изменять.
# unreviewed
error-403-second-factor-text = Одна из ваших ролей требует второго фактора. Настройте приложение-аутентификатор на странице аккаунта и попробуйте снова.
# unreviewed
error-403-role-text = Ваша роль этого не позволяет. Если вы считаете, что должна, спросите администратора.
# unreviewed
error-404-title = Страница не найдена
# unreviewed
error-404-text = По этому адресу ничего нет. Возможно, страницу перенесли или в ссылке опечатка.
# unreviewed
error-405-title = Здесь так нельзя
# unreviewed
error-405-text = Этот адрес не принимает такие запросы.
# unreviewed
error-409-title = Изменено за это время
# unreviewed
error-409-text = Кто-то изменил это, пока вы работали. Вернитесь, обновите страницу, чтобы увидеть последнюю версию, и попробуйте снова.
# unreviewed
error-413-title = Слишком большой объём
# unreviewed
error-413-text = Отправленное больше, чем принимает этот хаб.
# unreviewed
error-422-title = Запрос не удалось понять
# unreviewed
error-422-text = В форме чего-то не хватало или она была заполнена неверно. Вернитесь, проверьте введённое и попробуйте снова.
# unreviewed
error-500-title = Что-то пошло не так на нашей стороне
# unreviewed
error-500-text = Вы ни в чём не виноваты. Попробуйте ещё раз через минуту; если ошибка повторяется, сообщите администраторам номер ниже.
# unreviewed
error-503-title = Временно недоступно
# unreviewed
error-503-text = Хаб сейчас не может ответить. Попробуйте через несколько минут.

# unreviewed
nav-sign-out = Выйти
# unreviewed
field-handle = Имя пользователя
# unreviewed
field-password = Пароль
# unreviewed
field-display-name = Отображаемое имя
# unreviewed
field-pronouns = Местоимения
# unreviewed
field-languages = Языки, на которых вы говорите
# unreviewed
field-region = Регион
# unreviewed
sign-in-button = Войти
# unreviewed
sign-in-failed = Не получилось. Проверьте имя пользователя и пароль. После нескольких неудачных попыток вход на несколько минут приостанавливается.

# unreviewed
join-title = Вступить в сообщество
# unreviewed
join-invited-by = { $handle } приглашает вас и ручается за вас.
# unreviewed
join-invited = Вас пригласили вступить.
# unreviewed
join-handle-hint = Имя, которое видят другие. Псевдоним приветствуется. Буквы и цифры одного алфавита, с . _ или - между ними.
# unreviewed
join-password-hint = Не менее 15 символов. Несколько обычных слов дают надёжный и запоминающийся пароль.
# unreviewed
join-optional = Необязательно: сообщайте только то, что хотите показать другим
# unreviewed
join-accept = Я прочитал(а) и принимаю
# unreviewed
join-guidelines-link = правила сообщества и кодекс поведения
# unreviewed
join-button = Вступить
# unreviewed
join-handle-taken = Это имя пользователя занято. Выберите другое.
# unreviewed
join-closed-title = Это приглашение нельзя использовать
# unreviewed
join-closed-used = Оно уже использовано. Каждое приглашение — для одного человека.
# unreviewed
join-closed-expired = Срок его действия истёк, или пригласивший участник его отозвал.
# unreviewed
join-closed-unknown = По этому адресу приглашения нет. Проверьте, что ссылка скопирована целиком.
# unreviewed
join-closed-next = Попросите пригласившего вас участника о новом приглашении.

# unreviewed
welcome-title = Добро пожаловать
# unreviewed
welcome-lede = Теперь вы участник. Не торопитесь, осмотритесь: никто не ждёт от вас вклада сразу.
# unreviewed
welcome-guidelines = Прочитать, как мы работаем вместе
# unreviewed
welcome-explore = Осмотреть хаб
# unreviewed
welcome-account = Ваш аккаунт и его безопасность

# unreviewed
account-title = Ваш аккаунт
# unreviewed
profile-title = Ваш профиль
# unreviewed
profile-lede = То, что другие участники видят рядом с вашим именем в списке участников. Всё необязательно: сообщайте только то, что вам комфортно.
# unreviewed
profile-saved = Профиль сохранён.
# unreviewed
invite-open-title = Ещё действующие приглашения
# unreviewed
invite-open-none = Неиспользованных приглашений нет.
# unreviewed
invite-open-expires = Действует до
# unreviewed
invite-open-by = создал(а) { $handle }
# unreviewed
invite-withdraw = Отозвать
# unreviewed
account-handle = Вы вошли как
# unreviewed
account-roles = Роли:
# unreviewed
account-sessions-link = Где выполнен вход
# unreviewed
account-invite-link = Пригласить человека, которому вы доверяете
# unreviewed
account-events = Недавние события безопасности
# unreviewed
column-when = Когда
# unreviewed
column-event = Событие
# unreviewed
column-detail = Подробности
# unreviewed
column-device = Браузер
# unreviewed
column-opened = Вход
# unreviewed
column-last-seen = Последняя активность
# unreviewed
column-actions = Действия

# unreviewed
sessions-title = Где выполнен вход
# unreviewed
sessions-lede = Если вы не узнаёте сеанс, завершите его и смените пароль.
# unreviewed
sessions-this-one = этот
# unreviewed
sessions-revoke = Завершить
# unreviewed
sessions-revoke-others = Выйти на всех остальных устройствах

# unreviewed
invite-title = Пригласить
# unreviewed
invite-lede = Приглашение — это ваше поручительство: приглашайте только тех, кого знаете и кому доверяете работу с людьми, находящимися в опасности. Ссылка срабатывает один раз и действует семь дней.
# unreviewed
invite-note = Кто это и почему вы приглашаете? (сохраняется в записях)
# unreviewed
invite-role = Роль при вступлении
# unreviewed
invite-button = Создать приглашение
# unreviewed
invite-too-many = У вас столько открытых приглашений, сколько может быть у участника. Дождитесь, пока одно из них используют или оно истечёт.
# unreviewed
invite-created-title = Приглашение создано
# unreviewed
invite-created-lede = Отправьте эту ссылку человеку по надёжному каналу. Она показывается только один раз.
# unreviewed
invite-link = Ссылка-приглашение
# unreviewed
invite-expires = Действует до { $date }.

# unreviewed
account-two-factor-link = Второй фактор (приложение-аутентификатор, ключи доступа)
# unreviewed
field-code = Код
# unreviewed
field-current-password = Ваш текущий пароль
# unreviewed
sign-in-code-title = Ещё один шаг
# unreviewed
sign-in-code-lede = Введите шестизначный код из приложения-аутентификатора.
# unreviewed
sign-in-code-hint = Потеряли устройство? Введите вместо этого один из кодов восстановления.
# unreviewed
sign-in-code-wrong = { $tries ->
    [one] Код не подошёл. Осталась { $tries } попытка, затем снова понадобится пароль.
    [few] Код не подошёл. Осталось { $tries } попытки, затем снова понадобится пароль.
    [many] Код не подошёл. Осталось { $tries } попыток, затем снова понадобится пароль.
   *[other] Код не подошёл. Осталось { $tries } попытки, затем снова понадобится пароль.
}
# unreviewed
sign-in-code-wait = { $minutes ->
    [one] Слишком много неверных кодов для этого аккаунта. Подождите { $minutes } минуту и попробуйте снова.
    [few] Слишком много неверных кодов для этого аккаунта. Подождите { $minutes } минуты и попробуйте снова.
    [many] Слишком много неверных кодов для этого аккаунта. Подождите { $minutes } минут и попробуйте снова.
   *[other] Слишком много неверных кодов для этого аккаунта. Подождите { $minutes } минуты и попробуйте снова.
}
# unreviewed
sign-in-code-recovery-lede = Или введите один из кодов восстановления.
# unreviewed
sign-in-code-passkey = Использовать ключ доступа
# unreviewed
sign-in-code-or-code = Или использовать код
# unreviewed
passkey-use-button = Использовать мой ключ доступа
# unreviewed
passkey-browser-failed = Ключ доступа не ответил, или запрос был отменён. Нажмите кнопку, чтобы попробовать снова.
# unreviewed
passkey-wrong-address = Ключи доступа работают только по публичному адресу этого хаба, { $address }, а эта страница открыта по другому. Откройте хаб по адресу { $address }, чтобы использовать ключ доступа.
# unreviewed
passkey-needs-javascript = Для ключей доступа в этом браузере нужен JavaScript. Пароль и коды работают без него.
# unreviewed
passkey-sign-in-button = Войти с ключом доступа
# unreviewed
passkey-sign-in-title = Вход с ключом доступа
# unreviewed
passkey-sign-in-lede = Нажмите кнопку и выберите свой ключ доступа для этого хаба. Устройство попросит PIN-код, отпечаток пальца или лицо.
# unreviewed
passkey-add-title = Добавить ключ доступа
# unreviewed
passkey-add-lede = Нажмите кнопку и следуйте указаниям браузера: он создаст ключ доступа на этом устройстве или на аппаратном ключе, защищённый PIN-кодом, отпечатком или лицом.
# unreviewed
passkey-already-registered = Этот ключ доступа уже зарегистрирован.
# unreviewed
passkeys-title = Ключи доступа
# unreviewed
passkeys-lede = Ключ доступа позволяет войти с помощью блокировки экрана этого устройства или аппаратного ключа, без пароля; он же служит вторым шагом после пароля. Фишинговые сайты не могут им воспользоваться.
# unreviewed
passkeys-name = Название
# unreviewed
passkeys-name-hint = Чтобы различать ключи, например «ноутбук» или «синий ключ».
# unreviewed
passkeys-added = Добавлен
# unreviewed
passkeys-last-used = Последнее использование
# unreviewed
passkeys-never = никогда
# unreviewed
passkeys-remove-title = Удалить ключ доступа
# unreviewed
passkeys-add-title = Добавить ключ доступа
# unreviewed
passkeys-add-button = Добавить ключ доступа
# unreviewed
passkeys-unavailable = Для ключей доступа хаб должен быть доступен по имени (его публичный адрес — IP-адрес).
# unreviewed
problem-passkey-failed = Ключ доступа ответил не так, как ожидалось. Попробуйте снова.
# unreviewed
problem-passkey-wrong-address = Эта страница открыта не по публичному адресу хаба, поэтому ключи доступа здесь не работают. Откройте хаб по его публичному адресу (администратор задаёт его как public_url) и попробуйте снова.
# unreviewed
problem-passkeys-unavailable = Для ключей доступа хаб должен быть доступен по имени, а не по IP-адресу.
# unreviewed
two-factor-title = Второй фактор
# unreviewed
two-factor-on = Ваш аккаунт защищает приложение-аутентификатор: для входа нужны пароль и код из приложения.
# unreviewed
two-factor-off = Добавьте приложение-аутентификатор (например, Aegis, FreeOTP или любое приложение для кодов TOTP), чтобы одного украденного пароля было недостаточно для входа в ваш аккаунт.
# unreviewed
two-factor-codes-left = { $count ->
    [one] Остался { $count } неиспользованный код восстановления.
    [few] Осталось { $count } неиспользованных кода восстановления.
    [many] Осталось { $count } неиспользованных кодов восстановления.
   *[other] Осталось { $count } неиспользованного кода восстановления.
}
# unreviewed
two-factor-start-button = Добавить приложение-аутентификатор
# unreviewed
two-factor-remove-title = Удалить аутентификатор
# unreviewed
two-factor-remove-button = Удалить
# unreviewed
two-factor-enrol-title = Добавьте приложение-аутентификатор
# unreviewed
two-factor-enrol-scan = Отсканируйте этот код приложением:
# unreviewed
two-factor-qr-alt = QR-код с секретом аутентификатора
# unreviewed
two-factor-enrol-type = Или введите этот секрет в приложение:
# unreviewed
two-factor-enrol-confirm = Для подтверждения введите код, который сейчас показывает приложение.
# unreviewed
two-factor-confirm-button = Подтвердить
# unreviewed
two-factor-codes-title = Ваши коды восстановления
# unreviewed
two-factor-codes-lede = Каждый код позволяет войти один раз, если вы потеряете устройство. Запишите или распечатайте их сейчас и храните в надёжном месте: больше они показаны не будут.

# unreviewed
members-title = Список участников
# unreviewed
members-lede = Участники показывают здесь только то, чем решили поделиться при вступлении.
# unreviewed
members-filter-language = Язык
# unreviewed
members-filter-region = Регион
# unreviewed
members-filter-button = Отфильтровать
# unreviewed
members-none = Подходящих участников нет.
# unreviewed
admin-members-title = Управление участниками
# unreviewed
admin-members-lede = Смена ролей и блокировки записываются в журнал аудита и завершают сеансы участника.
# unreviewed
column-member = Участник
# unreviewed
column-status = Статус
# unreviewed
column-roles = Роли
# unreviewed
admin-role-label = Роль
# unreviewed
admin-until-label = Последний день (необязательно)
# unreviewed
admin-role-button = Назначить роль
# unreviewed
admin-reason-label = Причина (сохраняется в записях)
# unreviewed
admin-suspend-button = Заблокировать
# unreviewed
admin-reinstate-button = Восстановить

# unreviewed
password-title = Смена пароля
# unreviewed
field-new-password = Новый пароль
# unreviewed
password-sign-out-elsewhere = Выйти на всех остальных устройствах
# unreviewed
password-button = Сменить пароль
# unreviewed
password-changed = Пароль изменён.

# unreviewed
admin-approve-button = Одобрить
# unreviewed
admin-audit-title = События безопасности всех участников
# unreviewed
account-pending = Ваше участие ожидает одобрения. Вы можете читать всё, что читают участники; писать, комментировать и приглашать сможете после одобрения.
# unreviewed
role-member = участник
# unreviewed
role-editor = редактор
# unreviewed
role-facilitator = фасилитатор
# unreviewed
role-response_team = группа реагирования
# unreviewed
role-admin = администратор
# unreviewed
account-failed-attempts = { $count ->
    [one] С момента вашего последнего входа была { $count } неудачная попытка войти в ваш аккаунт. Если это были не вы, возможно, кто-то подбирает пароль: добавьте второй фактор.
    [few] С момента вашего последнего входа было { $count } неудачные попытки войти в ваш аккаунт. Если это были не вы, возможно, кто-то подбирает пароль: добавьте второй фактор.
    [many] С момента вашего последнего входа было { $count } неудачных попыток войти в ваш аккаунт. Если это были не вы, возможно, кто-то подбирает пароль: добавьте второй фактор.
   *[other] С момента вашего последнего входа было { $count } неудачной попытки войти в ваш аккаунт. Если это были не вы, возможно, кто-то подбирает пароль: добавьте второй фактор.
}
# unreviewed
account-failed-second-factor = { $count ->
    [one] С момента вашего последнего входа ваш пароль { $count } раз ввели верно, а затем ввели неверный код второго фактора. Если это были не вы, ваш пароль кому-то известен: смените его сейчас.
    [few] С момента вашего последнего входа ваш пароль { $count } раза ввели верно, а затем ввели неверный код второго фактора. Если это были не вы, ваш пароль кому-то известен: смените его сейчас.
    [many] С момента вашего последнего входа ваш пароль { $count } раз ввели верно, а затем ввели неверный код второго фактора. Если это были не вы, ваш пароль кому-то известен: смените его сейчас.
   *[other] С момента вашего последнего входа ваш пароль { $count } раза ввели верно, а затем ввели неверный код второго фактора. Если это были не вы, ваш пароль кому-то известен: смените его сейчас.
}
# unreviewed
column-actor = Кем

# unreviewed
export-link = Скачать свои данные (JSON)
# unreviewed
delete-title = Удалить аккаунт
# unreviewed
delete-lede = Ваш профиль, сеансы, вторые факторы и журнал безопасности будут удалены. Написанное вами для сообщества останется с подписью «бывший участник». Это нельзя отменить.
# unreviewed
delete-understood = Я понимаю, что это нельзя отменить
# unreviewed
delete-confirm-needed = Отметьте флажок для подтверждения.
# unreviewed
delete-button = Удалить мой аккаунт

# unreviewed
admin-second-factor-legend = Требовать второй фактор для
# unreviewed
admin-second-factor-button = Сохранить
# unreviewed
admin-second-factor-confirm-title = Это коснётся и вас
# unreviewed
admin-second-factor-confirm-text = У вас ещё нет второго фактора. После сохранения вы ничего не сможете делать в этих своих ролях, пока не добавите его:
# unreviewed
admin-second-factor-confirm-button = Всё равно требовать
# unreviewed
admin-second-factor-set-up-first = Сначала настроить мой второй фактор
# unreviewed
admin-role-until = до { $date }
# unreviewed
member-status-active = активен
# unreviewed
member-status-pending = ожидает одобрения
# unreviewed
member-status-suspended = заблокирован
# unreviewed
account-second-factor-required = Ваша роль требует второго фактора. Пока вы его не добавите, вы можете управлять только своим аккаунтом.

# unreviewed
members-pending-title = Ожидают второго поручителя
# unreviewed
members-pending-lede = Этих новичков пригласили, и они ждут, чтобы за них поручился ещё один участник. Ручайтесь только за тех, кого знаете и кому доверяете.
# unreviewed
members-vouched-by = поручился(-ась)
# unreviewed
members-vouch-button = Я ручаюсь

# unreviewed
problem-empty = Заполните поле «{ $field }».
# unreviewed
problem-too-long = Поле «{ $field }» слишком длинное: не более { $max } символов.
# unreviewed
problem-guidelines-not-accepted = Чтобы вступить, примите правила сообщества и кодекс поведения.
# unreviewed
problem-password-is-handle = Не используйте имя пользователя в качестве пароля.
# unreviewed
problem-control-characters = Удалите управляющие символы и символы смены направления.
# unreviewed
problem-code-mismatch = Код не совпадает. Проверьте время на устройстве и попробуйте следующий код.
# unreviewed
problem-wrong-current-password = Это не ваш текущий пароль.
# unreviewed
problem-review-state-unknown = Braid не знает такого состояния проверки.
# unreviewed
problem-handle-reserved = Это имя зарезервировано для самого хаба, чтобы никто не мог выдать себя за его команду. Выберите другое.
# unreviewed
problem-handle-lookalike = Это имя похоже на имя другого участника. Выберите такое, которое читается иначе.
# unreviewed
problem-current-password-wait = Слишком много неверных паролей для этого аккаунта. Подождите несколько минут и попробуйте снова.
# unreviewed
problem-password-common = Этот пароль — один из самых распространённых, их злоумышленники пробуют первыми. Выберите другой.
# unreviewed
problem-password-guessable = Этот пароль слишком легко угадать.
# unreviewed
problem-term-in-past = Конец срока должен быть в будущем.
# unreviewed
problem-password-short = Используйте не менее 15 символов. Несколько обычных слов — хороший пароль.
# unreviewed
problem-handle-short = Используйте не менее 2 символов.
# unreviewed
problem-password-short-with-second-factor = Используйте не менее 8 символов.
# unreviewed
problem-handle-characters = Используйте буквы и цифры, с одиночными . _ или - между ними.
# unreviewed
problem-handle-one-script = Используйте буквы только одного алфавита.
# unreviewed
problem-unknown-role = Выберите: участник, редактор, фасилитатор, группа реагирования или администратор.
# unreviewed
problem-cannot-suspend-self = Нельзя заблокировать самого себя.
# unreviewed
field-note = Заметка
# unreviewed
field-reason = Причина
# unreviewed
problem-unknown-group = Неизвестная группа разделов.
# unreviewed
problem-unknown-status = Неизвестный статус аккаунта.
# unreviewed
problem-slug-characters = Используйте строчные латинские буквы и цифры, разделённые одиночными дефисами.
# unreviewed
problem-job-kind-characters = Используйте строчные латинские буквы, цифры и подчёркивания.

# unreviewed
section-pages = Страницы
# unreviewed
section-parts = Части списка этого раздела
# unreviewed
section-part = Страницы с { $from } по { $to } из { $total }
# unreviewed
section-earlier = Предыдущие страницы
# unreviewed
section-later = Следующие страницы
# unreviewed
page-new = Новая страница
# unreviewed
page-tree-label = Страницы этого раздела
# unreviewed
page-tree-more = { $count ->
    [one] Ещё { $count } страница…
    [few] Ещё { $count } страницы…
    [many] Ещё { $count } страниц…
   *[other] Ещё { $count } страницы…
}
# unreviewed
page-old-revision = Вы читаете версию { $number }, а не последнюю.
# unreviewed
page-see-latest = Открыть последнюю.
# unreviewed
revision-suppressed-notice = Эта версия скрыта: её видят только администраторы, где бы то ни было.
# unreviewed
revision-suppress = Скрыть эту версию
# unreviewed
revision-suppress-lede = Используйте, если этот текст что-то раскрыл (адрес, имя). Никто, кроме администраторов, больше не увидит эту версию: ни в истории, ни в сравнениях, ни в последних изменениях, лентах или выгрузках. Опубликованный текст скрыть нельзя: сначала удалите раскрытое, отредактировав страницу, затем скройте каждую более старую версию, где оно ещё есть.
# unreviewed
revision-suppress-reason = Почему (сохраняется в журнале аудита)
# unreviewed
revision-suppress-button = Скрыть
# unreviewed
problem-revision-is-published = Это текст, который видят читатели. Сначала удалите раскрытое, отредактировав страницу, затем скройте эту версию.
# unreviewed
event-revision_suppressed = Версия скрыта
# unreviewed
visibility-public = Публично: прочитать может любой
# unreviewed
visibility-members = Только участники
# unreviewed
visibility-editors = Только редакторы
# unreviewed
page-edit = Править
# unreviewed
page-history = История
# unreviewed
page-more-actions = Ещё
# unreviewed
page-toc = Содержание
# unreviewed
page-licence = Этот текст распространяется по лицензии
# unreviewed
page-contributors = Авторы
# unreviewed
links-here-title = Ссылки сюда
# unreviewed
links-here-none = На эту страницу пока никто не ссылается.
# unreviewed
export-source = Последняя версия находится по адресу
# unreviewed
page-revision-line = Версия
# unreviewed
page-conflict = Кто-то сохранил эту страницу, пока вы её правили, и часть ваших изменений затрагивает те же строки. Ничего не сохранено. Обе версии — в тексте ниже между метками <<<<<<< yours, ======= и >>>>>>> saved meanwhile: оставьте нужное, удалите метки и сохраните снова.
# unreviewed
page-conflict-title = Название тоже изменили, на:
# unreviewed
page-preview = Предпросмотр
# unreviewed
field-title = Название
# unreviewed
field-text = Текст
# unreviewed
page-markdown-hint = Markdown: # заголовки, **полужирный**, *курсив*, [ссылки](https://…), [[Название страницы]] для другой страницы, - списки, | таблицы | и сноски[^1].
# unreviewed
field-summary = Описание вашего изменения
# unreviewed
field-visibility = Кто может читать
# unreviewed
page-visibility-button = Изменить, кто может читать
# unreviewed
page-preview-button = Предпросмотр
# unreviewed
page-save-button = Сохранить
# unreviewed
page-exists = Страница с таким названием уже есть в этом разделе. Выберите другое название или отредактируйте ту страницу.
# unreviewed
history-caption = Версии, сначала новые. Выберите две для сравнения.
# unreviewed
history-from = С
# unreviewed
history-to = По
# unreviewed
history-revision = Версия
# unreviewed
history-when = Сохранено
# unreviewed
history-who = Кем
# unreviewed
history-lines = Строки
# unreviewed
history-actions = Действия
# unreviewed
history-restore = Восстановить
# unreviewed
history-suppressed = скрыта
# unreviewed
history-compare = Сравнить
# unreviewed
history-compare-side = Сравнить рядом
# unreviewed
diff-title = Изменения
# unreviewed
diff-between = Между версиями
# unreviewed
diff-inline = Показать в одну колонку
# unreviewed
diff-side = Показать рядом
# unreviewed
diff-title-changed = Название изменено:
# unreviewed
diff-none = У этих версий одинаковый текст.
# unreviewed
diff-removed = удалено:
# unreviewed
diff-added = добавлено:
# unreviewed
diff-line = Строка
# unreviewed
problem-unknown-visibility = Выберите, кто может читать: все, участники или редакторы.
# unreviewed
problem-title-needs-letters = В названии должна быть хотя бы одна буква или цифра.
# unreviewed
problem-conflict-markers = В тексте остались метки конфликта (<<<<<<<, =======, >>>>>>>). Оставьте нужное и удалите их.

# unreviewed
recent-title = Последние изменения
# unreviewed
recent-feed = Лента публичных изменений (Atom)
# unreviewed
recent-section = Раздел
# unreviewed
recent-all-sections = Все разделы
# unreviewed
recent-person = Участник
# unreviewed
recent-filter = Показать
# unreviewed
recent-none = Подходящих изменений нет.
# unreviewed
recent-diff = изменения
# unreviewed
recent-new = новая страница
# unreviewed
nav-recent = Последние изменения

# unreviewed
page-delete = Переместить в корзину
# unreviewed
page-deleted-while-editing = Редактор переместил эту страницу в корзину, пока вы её правили. Ничего не сохранено; ваш текст ниже — скопируйте его или попросите редактора восстановить страницу.
# unreviewed
bin-title = Корзина
# unreviewed
bin-lede = Страницы, удалённые редакторами. Восстановленная страница возвращается со всей историей.
# unreviewed
bin-empty = Корзина пуста.
# unreviewed
bin-deleted = Удалена
# unreviewed
problem-page-has-children = Сначала перенесите или удалите её подстраницы.
# unreviewed
problem-page-parent-deleted = Сначала восстановите страницу, в которую она вложена.

# unreviewed
comments-title = Обсуждение
# unreviewed
comments-none = Комментариев пока нет.
# unreviewed
comment-edited = изменён
# unreviewed
comment-resolved = решён
# unreviewed
comment-deleted = Этот комментарий удалён.
# unreviewed
comment-reply = Ответить
# unreviewed
comment-reply-button = Ответить
# unreviewed
comment-edit = Изменить комментарий
# unreviewed
comment-text = Комментарий (Markdown)
# unreviewed
comment-save = Сохранить комментарий
# unreviewed
comment-delete = Удалить
# unreviewed
comment-resolve = Отметить решённым
# unreviewed
comment-reopen = Открыть снова
# unreviewed
comment-new = Добавить комментарий (Markdown)
# unreviewed
comment-add-button = Комментировать

# unreviewed
page-move = Переместить
# unreviewed
page-move-lede = Страница перемещается вместе с подстраницами. Старый адрес продолжает работать.
# unreviewed
page-move-parent = В какую страницу
# unreviewed
page-move-top = В начало раздела
# unreviewed
page-move-parent-hint = Страницы текущего раздела этой страницы; чтобы вложить её в страницу другого раздела, сначала перенесите её в тот раздел.
# unreviewed
page-move-taken = В том разделе уже есть страница с таким адресом.
# unreviewed
page-earlier = Выше
# unreviewed
page-later = Ниже
# unreviewed
problem-page-under-itself = Страницу нельзя вложить в неё саму или в её подстраницы.

# unreviewed
page-export-markdown = Markdown
# unreviewed
page-export-html = HTML-файл

# unreviewed
review-title = Очередь проверки
# unreviewed
review-lede = Здесь ждут правки участников, которым ещё не доверяют; читатели видят последний одобренный текст, пока редактор не одобрит правку.
# unreviewed
review-empty = Ничего не ждёт проверки.
# unreviewed
review-trust = Доверять этому участнику: его следующим правкам проверка не нужна
# unreviewed
review-approve = Одобрить
# unreviewed
review-note = Почему правка возвращается (автор увидит это в истории)
# unreviewed
review-send-back = Вернуть
# unreviewed
review-superseded = Страница за это время изменилась; посмотрите её последнюю версию ещё раз.
# unreviewed
page-pending = Более новая версия ждёт проверки.
# unreviewed
page-pending-see = Посмотреть её.
# unreviewed
page-pending-this = Эта версия ждёт проверки: читатели её пока не видят.

# unreviewed
labels-title = Метки
# unreviewed
labels-none = Пока ни у одной страницы нет меток.
# unreviewed
field-labels = Метки
# unreviewed
field-labels-hint = Через запятую, например: нужна проверка, упражнение, руководство по инструменту.
# unreviewed
recent-label = Метка
# unreviewed
page-template = Начать с шаблона
# unreviewed
page-template-use = Использовать
# unreviewed
templates-title = Шаблоны
# unreviewed
templates-lede = Новые страницы можно начинать с них. Редакторы поддерживают их в актуальном состоянии.
# unreviewed
templates-new = Новый шаблон
# unreviewed
template-exists = Шаблон с таким названием уже есть.
# unreviewed
problem-label-characters = В метках используйте буквы, цифры, пробелы и дефисы, а метки разделяйте запятыми.
# unreviewed
problem-too-many-labels = Используйте не более 12 меток.

# unreviewed
attachments-title = Файлы
# unreviewed
attachment-waiting = ждёт проверки
# unreviewed
attachment-snippet = Markdown, чтобы показать его на странице
# unreviewed
review-files = Файлы на проверке
# unreviewed
review-files-page = его страница
# unreviewed
attachment-file = Прикрепить файл
# unreviewed
attachment-hint = Изображения, PDF, офисные документы или текст, до { $mib } МБ. Изображения теряют местоположение, данные камеры, комментарии и всё, что спрятано после картинки. PDF теряют имена автора, создателя и программы, в том числе в сжатом виде (кроме редких кодировок). Офисные документы теряют свойства (автор, последний редактор, организация, шаблон, даты), но имена в исправлениях и комментариях внутри текста остаются: удалите их сначала в офисной программе.
# unreviewed
attachment-upload = Прикрепить
# unreviewed
attachment-choose = Выберите файл для прикрепления.
# unreviewed
problem-file-kind = Прикрепляйте изображения (PNG, JPEG, GIF, WebP), PDF, офисные документы или текст.
# unreviewed
problem-file-damaged = Изображение повреждено.

# unreviewed
page-watch = Следить
# unreviewed
page-unwatch = Не следить
# unreviewed
section-watch = Следить за разделом
# unreviewed
section-unwatch = Не следить за разделом
# unreviewed
page-review-by = Перепроверить этот совет до
# unreviewed
page-review-by-field = Проверить до
# unreviewed
notifications-title = Уведомления
# unreviewed
notifications-none = Ничего нового.
# unreviewed
notifications-read = Отметить все как прочитанные
# unreviewed
notifications-new = новое
# unreviewed
notification-page-changed = Изменена:
# unreviewed
notification-comment = Новый комментарий к
# unreviewed
notification-review-due = Пора проверить:
# unreviewed
notification-second-factor-guessing = Кто-то ввёл ваш пароль верно, а затем несколько неверных кодов второго фактора. Если это были не вы, ваш пароль кому-то известен: смените его сейчас. Следующие коды проверяются только после всё более долгого ожидания.
# unreviewed
due-title = Пора проверить
# unreviewed
due-lede = Советы по безопасности устаревают. Эти страницы нужно скоро перепроверить, а некоторые — уже давно.
# unreviewed
due-none = В ближайшие 30 дней проверять нечего.
# unreviewed
due-overdue = просрочено
# unreviewed
problem-date-format = Укажите дату в виде 2027-03-31.

# unreviewed
page-how-to-contribute = Как внести вклад
# unreviewed
section-licence = Лицензия страниц этого раздела
# unreviewed
problem-unknown-licence = Выберите CC BY-SA 4.0, CC BY 4.0 или CC0.

# unreviewed
wanted-title = Нужные страницы
# unreviewed
wanted-lede = Страницы, на которые есть ссылки, но которые ещё не написаны. Напишите одну — ссылки сразу заработают.
# unreviewed
wanted-none = Все страницы, на которые есть ссылки, существуют.
# unreviewed
wanted-from = ссылки со страниц
# unreviewed
wanted-more-pages = { $count ->
    [one] и ещё { $count } страница
    [few] и ещё { $count } страницы
    [many] и ещё { $count } страниц
   *[other] и ещё { $count } страницы
}
# unreviewed
wanted-more-titles = { $count ->
    [one] Ещё { $count } нужная страница, на которую ссылается меньше страниц, не показана.
    [few] Ещё { $count } нужные страницы, на которые ссылается меньше страниц, не показаны.
    [many] Ещё { $count } нужных страниц, на которые ссылается меньше страниц, не показаны.
   *[other] Ещё { $count } нужной страницы, на которые ссылается меньше страниц, не показаны.
}
# unreviewed
field-language = Язык текста
# unreviewed
problem-unknown-language = Выберите один из языков списка.
# unreviewed
search-syntax = Используйте "кавычки" для фразы, звёздочку для начала слова (безопас*) и минус, чтобы исключить слово (-android).
# unreviewed
search-facets = Уточнить результаты
# unreviewed
search-incomplete = Поисковый индекс ещё перестраивается после обновления или восстановления, поэтому в течение нескольких минут некоторых страниц в результатах может не быть.
# unreviewed
search-facet-language = Язык
# unreviewed
search-facet-section = Раздел
# unreviewed
search-facet-label = Метка
# unreviewed
search-facet-kind = Тип
# unreviewed
search-facet-any = Любой
# unreviewed
search-kind-page = Страница
# unreviewed
search-kind-comment = Комментарий
# unreviewed
search-pages = Другие результаты
# unreviewed
search-previous = Предыдущие результаты
# unreviewed
search-next = Следующие результаты
# unreviewed
search-sections = Разделы
# unreviewed
search-suggestions = Подсказки

# События безопасности, по их неизменным именам.
# unreviewed
event-other = Событие безопасности
# unreviewed
event-account_created = Аккаунт создан
# unreviewed
event-account_deleted = Аккаунт удалён
# unreviewed
event-activated = Стал полноправным участником
# unreviewed
event-invitation_created = Приглашение создано
# unreviewed
event-invitation_withdrawn = Приглашение отозвано
# unreviewed
event-joined = Вступление
# unreviewed
event-passkey_added = Ключ доступа добавлен
# unreviewed
event-passkey_removed = Ключ доступа удалён
# unreviewed
event-password_changed = Пароль изменён
# unreviewed
event-password_check_failed = Неверный текущий пароль
# unreviewed
event-policy_changed = Правило изменено
# unreviewed
event-profile_changed = Профиль изменён
# unreviewed
event-reinstated = Восстановлен
# unreviewed
event-role_changed = Роль изменена
# unreviewed
event-role_lapsed = Срок роли истёк
# unreviewed
event-sealing_key_recorded = Ключ секретов записан
# unreviewed
event-second_factor_failed = Неверный код второго фактора
# unreviewed
event-second_factor_refused = Второй фактор отклонён
# unreviewed
event-session_revoked = Сеанс завершён
# unreviewed
event-sign_in_failed = Неудачный вход
# unreviewed
event-sign_in_refused = Вход отклонён
# unreviewed
event-signed_in = Вход
# unreviewed
event-signed_in_with_recovery_code = Вход с кодом восстановления
# unreviewed
event-signed_out = Выход
# unreviewed
event-signed_out_everywhere = Выход на всех устройствах
# unreviewed
event-suspended = Заблокирован
# unreviewed
event-totp_enabled = Приложение-аутентификатор добавлено
# unreviewed
event-totp_removed = Приложение-аутентификатор удалено
# unreviewed
event-vouched = Поручительство

# Подробности событий безопасности; $role и $roles уже переведены.
# unreviewed
event-detail-account_created = Создан администратором сервера, роль: { $role }
# unreviewed
event-detail-invitation_created = Для вступления одного человека, роль: { $role }; заметка: { $note }
# unreviewed
event-detail-invitation_withdrawn = Оно было для вступления одного человека, роль: { $role }
# unreviewed
event-detail-joined = Вступление по приглашению, роль: { $role }
# unreviewed
event-detail-sign_in_refused = { $why ->
    [locked] Вход по паролю отключён после слишком многих неудач
    [suspended] Аккаунт заблокирован
    [passkey] Ключ доступа «{ $name }» отклонён
   *[waiting] Попытка во время ожидания после неудач
  }
# unreviewed
event-detail-sign_in_failed = Неверный пароль ({ $count } подряд)
# unreviewed
event-detail-second_factor_failed = { $how ->
    [recovery] Неверный код восстановления
   *[code] Неверный код аутентификатора
  }
# unreviewed
event-detail-second_factor_refused = Попытка во время ожидания после неверных кодов
# unreviewed
event-detail-password_check_failed = Перед изменением настроек безопасности ({ $count } подряд)
# unreviewed
event-detail-signed_in = { $how ->
    [passkey] С ключом доступа «{ $name }»
    [code] С паролем и кодом аутентификатора
    [recovery] С паролем и кодом восстановления
    [passkey-second] С паролем и ключом доступа
   *[password] С паролем
  }
# unreviewed
event-detail-totp_enabled = Выдано кодов восстановления: { $codes }
# unreviewed
event-detail-passkey_added = «{ $name }»{ $codes ->
    [none] {""}
   *[other] ; выдано кодов восстановления: { $codes }
  }
# unreviewed
event-detail-passkey_removed = «{ $name }»
# unreviewed
event-detail-policy_changed = Второй фактор обязателен для: { $roles }
# unreviewed
event-detail-nobody = никого
# unreviewed
event-detail-signed_out_everywhere = { $which ->
    [others] Все остальные сеансы
   *[all] Все сеансы
  }
# unreviewed
event-detail-role_changed = { $until ->
    [none] { $role }
   *[other] { $role } до { $until }
  }
# unreviewed
event-detail-role_lapsed = { $role }: срок истёк { $until }
# unreviewed
event-detail-reinstated = { $how ->
    [role] Одобрен с ролью
   *[other] Восстановлен
  }
# unreviewed
event-detail-suspended = Причина: { $reason }
# unreviewed
event-detail-vouched = Поручился(-ась) { $handle }
# unreviewed
event-detail-activated = Поручительств: { $count }
# unreviewed
event-detail-sealing_key_recorded = Секреты запечатаны ключом, который хранится вне базы данных
# unreviewed
event-detail-account_deleted = Участник удалил свой аккаунт
# unreviewed
event-detail-revision_suppressed = Версия { $revision } страницы «{ $page }»: { $reason }

# Страница состояния хаба (для администраторов).
# unreviewed
admin-status-title = Фоновая работа хаба
# unreviewed
admin-status-lede = После каждого изменения хаб в фоне обновляет поисковый индекс и уведомляет подписчиков. Здесь видно, докуда дошла каждая из этих задач и не было ли сбоев.
# unreviewed
admin-status-followers = Работа после каждого изменения
# unreviewed
admin-status-failed-jobs = Окончательно не выполненные задачи
# unreviewed
admin-status-no-failed-jobs = Ни одна задача не завершилась сбоем.
# unreviewed
admin-status-no-error = Нет
# unreviewed
column-follower = Работа
# unreviewed
column-applied-up-to = Выполнено до изменения
# unreviewed
column-behind = Изменений в очереди
# unreviewed
column-last-error = Последняя ошибка
# unreviewed
column-job = Задача
# unreviewed
column-attempts = Попытки
# unreviewed
follower-search = Поисковый индекс
# unreviewed
follower-notifications = Уведомления подписчикам
# unreviewed
job-prune_finished_jobs = Очистка завершённых задач и просроченных шагов входа
# unreviewed
job-lapse_role_terms = Завершение ролей с истёкшим сроком
# unreviewed
job-remind_reviews = Напоминание подписчикам о страницах, которые пора проверить
# unreviewed
job-unknown = Задача, неизвестная этой версии

# Даты. Месяцы — в той форме, в какой они пишутся внутри даты; время в UTC.
# unreviewed
month-1 = января
# unreviewed
month-2 = февраля
# unreviewed
month-3 = марта
# unreviewed
month-4 = апреля
# unreviewed
month-5 = мая
# unreviewed
month-6 = июня
# unreviewed
month-7 = июля
# unreviewed
month-8 = августа
# unreviewed
month-9 = сентября
# unreviewed
month-10 = октября
# unreviewed
month-11 = ноября
# unreviewed
month-12 = декабря
# unreviewed
date-time = { $day } { $month } { $year } г., { $time } UTC

# unreviewed
page-translate = Перевести
# unreviewed
page-languages = Эта страница на других языках
# unreviewed
translation-of = Перевод страницы
# unreviewed
translation-update = Обновить перевод
# unreviewed
translation-review-button = Отметить как проверенный вторым переводчиком
# unreviewed
translation-state-missing = Нет перевода
# unreviewed
translation-state-draft = Черновик
# unreviewed
translation-state-outdated = Устарел
# unreviewed
translation-state-up-to-date = Актуален
# unreviewed
translation-state-reviewed = Проверен
# unreviewed
translate-choose-lede = Выберите язык, на который перевести эту страницу. Перевод остаётся связан с ней: когда она изменится, изменившиеся абзацы будут отмечены.
# unreviewed
translate-lede = Каждый абзац оригинала стоит рядом со своим переводом. Переведите, что можете: пустой абзац показывает читателям слова оригинала, пока его кто-нибудь не переведёт.
# unreviewed
translate-changed-count = { $count ->
    [one] С момента перевода в оригинале изменился { $count } абзац: он отмечен.
    [few] С момента перевода в оригинале изменилось { $count } абзаца: они отмечены.
    [many] С момента перевода в оригинале изменилось { $count } абзацев: они отмечены.
   *[other] С момента перевода в оригинале изменилось { $count } абзаца: они отмечены.
}
# unreviewed
translate-changed = Изменено в оригинале
# unreviewed
translate-was = Как было раньше
# unreviewed
translate-paragraph-label = Перевод абзаца { $number }
# unreviewed
translate-empty-hint = Сохраняйте Markdown как в оригинале: # заголовки, **полужирный**, [ссылки](…) и [[названия страниц]] (пишите название страницы на своём языке, если она есть).
# unreviewed
translate-draft = Ещё не закончен: оставить черновиком
# unreviewed
translate-save = Сохранить перевод
# unreviewed
translations-title = Переводы
# unreviewed
translations-lede = Как продвигается каждый язык: страницы, которые ещё нужно перевести, переводы, которые нужно обновить после изменения оригинала, и переводы, проверенные вторым переводчиком.
# unreviewed
translations-language = Язык
# unreviewed
translations-show = Показать
# unreviewed
translations-none = На этот язык пока нечего переводить.
# unreviewed
translations-done = Переведено и актуально:
# unreviewed
translations-by-section = Переводы по разделам
# unreviewed
translations-done-column = Готово
# unreviewed
translations-next = Перевести в первую очередь
# unreviewed
translations-next-none = Ничего не ждёт: все страницы переведены и актуальны.
# unreviewed
translations-behind = { $count ->
    [one] с тех пор оригинал менялся { $count } раз
    [few] с тех пор оригинал менялся { $count } раза
    [many] с тех пор оригинал менялся { $count } раз
   *[other] с тех пор оригинал менялся { $count } раза
}
# unreviewed
translations-linked-from = { $count ->
    [one] ссылается { $count } страница
    [few] ссылаются { $count } страницы
    [many] ссылаются { $count } страниц
   *[other] ссылаются { $count } страницы
}
# unreviewed
problem-translation-own-review = Перевод проверяет второй переводчик, а не тот, кто его написал.
# unreviewed
problem-translation-same-language = Страницу не переводят на язык, на котором она написана.
# unreviewed
percent = { $value } %
# unreviewed
translations-done-figure = { $done } из { $total } ({ $percent })

# unreviewed
glossary-title = Глоссарий
# unreviewed
glossary-lede = Слова, которые это сообщество переводит одним способом, чтобы на всех страницах они звучали одинаково. Редактор перевода показывает рядом с каждым абзацем термины, которые в нём есть.
# unreviewed
glossary-none = Терминов пока нет.
# unreviewed
glossary-add-title = Добавить или изменить термин
# unreviewed
glossary-keep = Оставить как есть (имя, инструмент)
# unreviewed
glossary-kept = остаётся как есть
# unreviewed
glossary-save = Сохранить термин
# unreviewed
glossary-remove = Удалить
# unreviewed
field-term = Термин
# unreviewed
field-translation = Перевод
# unreviewed
translate-terms = Из глоссария
# unreviewed
translate-suggestions = Переводилось раньше
# unreviewed
translate-claim = Я перевожу эту страницу (на два дня)
# unreviewed
translate-release = Я больше не перевожу эту страницу
# unreviewed
translate-claimed-by = { $handle } переводит эту страницу до { $date }.
# unreviewed
translate-claimed-you = Вы переводите эту страницу до { $date }.
# unreviewed
sections-translations = Название и описание на других языках
# unreviewed
sections-translations-hint = Читатели на каком-либо языке видят его название и описание вместо исходных. Оставьте название пустым, чтобы удалить их.
# unreviewed
translate-use = Взять

# unreviewed
nav-discussion = Обсуждения
# unreviewed
discussion-title = Обсуждения
# unreviewed
discussion-lede = Темы по категориям: читайте и пишите их здесь, а скоро и по почте.
# unreviewed
discussion-none = Вам пока не открыта ни одна категория.
# unreviewed
discussion-threads = { $count ->
    [one] { $count } тема
    [few] { $count } темы
    [many] { $count } тем
   *[other] { $count } темы
}
# unreviewed
discussion-latest = последнее сообщение
# unreviewed
discussion-older = Более старые темы
# unreviewed
former-member = бывший участник
# unreviewed
category-new = Новая категория
# unreviewed
category-settings = Настройки категории
# unreviewed
category-save = Сохранить категорию
# unreviewed
category-watch = Следить за категорией
# unreviewed
category-unwatch = Перестать следить
# unreviewed
category-no-threads = Тем пока нет.
# unreviewed
category-readers-public = Читать может любой, с входом или без.
# unreviewed
category-readers-members = Читать могут участники.
# unreviewed
category-readers-roles = Читать могут только: { $roles }.
# unreviewed
category-readers-chosen-roles = Только роли, отмеченные ниже
# unreviewed
category-slug-hint = Часть её адреса, а позже и почтового адреса: строчные буквы и цифры через дефис, например voprosy-soobshchestvu.
# unreviewed
category-starters-readers = Все, кто её читает
# unreviewed
category-starters-facilitators = Только фасилитаторы (объявления)
# unreviewed
category-moderation-first-posts = Первое сообщение участника ждёт фасилитатора
# unreviewed
category-moderation-all = Каждое сообщение ждёт фасилитатора
# unreviewed
category-moderation-none = Сообщения не ждут
# unreviewed
field-category-name = Название
# unreviewed
field-category-slug = Краткое имя
# unreviewed
field-category-description = Для чего она
# unreviewed
field-category-readers = Кто может читать
# unreviewed
field-starters = Кто может начинать темы
# unreviewed
field-moderation = Модерация
# unreviewed
field-moderation-note = Примечание
# unreviewed
field-thread-title = Заголовок
# unreviewed
field-post = Ваше сообщение (Markdown)
# unreviewed
thread-new = Начать тему
# unreviewed
thread-start = Начать тему
# unreviewed
thread-posts = { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}
# unreviewed
thread-solved = решено
# unreviewed
thread-locked = закрыта
# unreviewed
thread-mute = Не уведомлять об этой теме
# unreviewed
thread-unmute = Снова уведомлять
# unreviewed
thread-lock = Закрыть
# unreviewed
thread-unlock = Открыть
# unreviewed
thread-reply = Ответить
# unreviewed
thread-reply-button = Отправить ответ
# unreviewed
thread-locked-notice = Тема закрыта: писать в неё могут только фасилитаторы.
# unreviewed
post-held = ждёт фасилитатора
# unreviewed
post-rejected = не опубликовано
# unreviewed
post-rejected-note = Примечание фасилитатора:
# unreviewed
post-edited = изменено
# unreviewed
post-solution = ответ
# unreviewed
post-quoting = В ответ на
# unreviewed
post-deleted = Это сообщение удалено.
# unreviewed
post-quote = Цитировать и ответить
# unreviewed
post-edit = Изменить сообщение
# unreviewed
post-edit-hint = Читатели видят, что говорилось в сообщении до каждого изменения.
# unreviewed
post-back = Вернуться к теме
# unreviewed
post-mark-solution = Отметить как ответ
# unreviewed
post-unmark-solution = Не ответ
# unreviewed
post-history = Прежние версии сообщения
# unreviewed
post-history-now = Сейчас
# unreviewed
post-history-until = До
# unreviewed
moderation-title = Сообщения, ждущие фасилитатора
# unreviewed
moderation-lede = Одобрите сообщение, чтобы опубликовать его, или отклоните с примечанием, которое видит только автор. Каждое решение записывается.
# unreviewed
moderation-none = Ничего не ждёт.
# unreviewed
moderation-starts = начинает тему
# unreviewed
moderation-replies = отвечает в теме
# unreviewed
moderation-note = Примечание для автора (необязательно)
# unreviewed
moderation-approve = Одобрить
# unreviewed
moderation-reject = Отклонить
# unreviewed
notification-post = Новое сообщение в теме
# unreviewed
problem-category-no-roles = Отметьте хотя бы одну роль, которая может читать категорию.
# unreviewed
problem-category-readers = Выберите, кто может читать категорию.
# unreviewed
problem-category-slug-taken = У другой категории уже есть это краткое имя.
# unreviewed
problem-unknown-starters = Выберите, кто может начинать темы.
# unreviewed
problem-unknown-moderation = Выберите, как модерируются сообщения.

# unreviewed
field-delivery = По почте
# unreviewed
delivery-every = Каждое сообщение
# unreviewed
delivery-web = Ничего: читаю на сайте
# unreviewed
delivery-save = Сохранить
# unreviewed
delivery-to = Письма приходят на
# unreviewed
delivery-no-address = У вашей учётной записи пока нет подтверждённого почтового адреса, поэтому по почте вам ничего не отправляется.
# unreviewed
unsubscribe-title = Отписаться от писем категории
# unreviewed
unsubscribe-lede = Больше не получать по почте сообщения категории «{ $category }»? Вы по-прежнему сможете читать их на сайте и снова выбрать почту на странице категории.
# unreviewed
unsubscribe-button = Отписаться
# unreviewed
unsubscribe-done = Готово: сообщения категории «{ $category }» больше не отправляются вам по почте.
# unreviewed
mail-read-on-web = Читать тему и отвечать на сайте
# unreviewed
mail-stop = Отписаться от этих писем
# unreviewed
follower-mail = Письма участникам, которые читают по почте
# unreviewed
job-deliver_post = Отправка сообщения участнику по почте
# unreviewed
job-confirm_address = Отправка ссылки для подтверждения адреса
# unreviewed
field-email = Почтовый адрес
# unreviewed
problem-unknown-delivery = Выберите каждое сообщение, ежедневную сводку или ничего по почте.
# unreviewed
problem-email-address = Укажите адрес вида name@example.org.

# unreviewed
email-title = Почтовый адрес
# unreviewed
email-lede = Куда хаб отправляет сообщения обсуждений, за которыми вы следите по почте. Его видите только вы и хаб, другие участники — никогда.
# unreviewed
email-current = Письма приходят на
# unreviewed
email-none = У вас здесь нет почтового адреса.
# unreviewed
email-requested = На { $address } отправлена ссылка: адрес станет вашим, когда вы её откроете.
# unreviewed
email-sent = Мы отправили ссылку на { $address }. Откройте её в течение двух дней, чтобы подтвердить адрес.
# unreviewed
email-hub-sends-none = Этот хаб не отправляет почту: обсуждения здесь только на сайте.
# unreviewed
email-hint = Оставьте пустым, чтобы удалить адрес.
# unreviewed
email-button = Сохранить адрес
# unreviewed
email-confirm-title = Подтверждение почтового адреса
# unreviewed
email-confirm-lede = Нажмите кнопку, чтобы подтвердить, что этот адрес ваш.
# unreviewed
email-confirm-button = Подтвердить адрес
# unreviewed
email-confirmed = Подтверждено: теперь письма приходят на { $address }.
# unreviewed
mail-confirm-subject = Подтвердите адрес для { $community }
# unreviewed
mail-confirm-body = Кто-то, вошедший как { $handle }, попросил, чтобы на этот адрес приходила почта хаба. Откройте ссылку, чтобы подтвердить его (она действует два дня):
# unreviewed
mail-confirm-not-you = Если это были не вы, ничего не делайте: без ссылки на этот адрес ничего не придёт.
# unreviewed
event-email_changed = Почтовый адрес подтверждён
# unreviewed
event-email_removed = Почтовый адрес удалён
# unreviewed
problem-email-unusable = Этот адрес нельзя использовать. Выберите другой.
# unreviewed
post-folded = Цитата и подпись
# unreviewed
delivery-digest = Одна сводка в день
# unreviewed
mail-digest-author = Ежедневная сводка
# unreviewed
mail-digest-subject = Сводка за { $date }
# unreviewed
job-send_digests = Подготовка ежедневных сводок
# unreviewed
job-deliver_digest = Отправка ежедневной сводки участнику
# unreviewed
email-stopped = Письма на этот адрес трижды подряд вернулись недоставленными, и хаб перестал на него писать. Сохраните адрес снова (или другой) и откройте ссылку из письма, чтобы возобновить.
# unreviewed
notification-mail-stopped = Письма на ваш адрес раз за разом возвращаются недоставленными, поэтому хаб перестал на него писать.
