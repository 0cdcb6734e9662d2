### Interface strings, English. Every other language falls back to these.
language-name = English

# How numbers are written (English writes 1,234): ten digits, the mark between groups of three,
# and the fewest digits a number has before it is grouped.
-numerals-digits = 0123456789
-numerals-group = ,
-numerals-grouped-from = 4

skip-to-content = Skip to content
search-label = Search the hub
search-button = Search
language-label = Language
language-button = Change
nav-account = Account
nav-sign-in = Sign in
nav-home = Home
nav-site = Site
nav-wiki = Wiki
nav-members = Members
nav-notifications = Notifications
nav-review = Review
nav-admin = Administration
breadcrumbs-label = You are here
footer-licence = Unless a page says otherwise, its content is shared under
footer-powered = Runs on Braid, free software for communities of practice.

home-lede = A shared knowledge hub for holistic organisational security: digital, physical, legal and well-being, together. Written by practitioners, for the people and organisations they accompany.
home-empty = This hub has no sections yet.
group-phase = Phases of support
group-practice = Across every phase
group-community = Our community

section-no-pages = No pages have been written in this section yet.
sections-title = Sections
sections-lede = Sections are the top level of the hub. Their order here is their order on the home page, within each group. A section's address stays when it is renamed.
sections-move-up = Move up
sections-move-down = Move down
sections-remove = Remove
sections-describe = Title, description and group
sections-field-summary = Description
sections-field-group = Listed under
sections-new = New section
sections-add = Add the section
sections-manage = Manage sections
problem-section-not-empty = This section still holds pages. Move them to another section first, restoring any in the recycle bin.
pager-label = Other sections
pager-previous = Previous:
pager-next = Next:

search-title = Search
search-hint = Type a word or two in the search box above.
search-result-count = { $count ->
    [0] Nothing found.
    [one] One result.
   *[other] { $count } results.
}

sign-in-title = Sign in
sign-in-invitation-only = Membership of this hub is by invitation: a member vouches for each newcomer.

error-reference = Reference for the operators:
error-status = status
error-home = Go to the home page
error-400-title = That request could not be understood
error-400-text = Something in the request was missing or malformed. Go back, check what you entered and try again.
error-403-title = Not allowed
error-403-text = You cannot do that here. If you came from a link on another site, go to this hub directly and try again.
error-403-pending-text = Your membership is waiting for approval. Until it is approved (or, where the community asks for it, a second member vouches for you), you can read but not change anything.
error-403-second-factor-text = One of your roles requires a second factor. Set up an authenticator app from your account page, then try again.
error-403-role-text = Your role does not allow this. If you think it should, ask an administrator.
error-404-title = Page not found
error-404-text = There is nothing at this address. It may have moved, or the link may be mistyped.
error-405-title = Not possible here
error-405-text = This address does not accept that kind of request.
error-409-title = Changed meanwhile
error-409-text = Someone changed this while you were working on it. Go back, reload the page to see the latest, and try again.
error-413-title = Too large
error-413-text = What you sent is larger than this hub accepts.
error-422-title = That request could not be understood
error-422-text = Something in the form was missing or malformed. Go back, check what you entered and try again.
error-500-title = Something went wrong on our side
error-500-text = This is not your fault. Please try again in a moment; if it keeps happening, give the operators the reference below.
error-503-title = Temporarily unavailable
error-503-text = The hub cannot answer right now. Please try again in a few minutes.

nav-sign-out = Sign out
field-handle = Handle
field-password = Password
field-display-name = Display name
field-pronouns = Pronouns
field-languages = Languages you speak
field-region = Region
sign-in-button = Sign in
sign-in-failed = That did not work. Check your handle and password. After several failed attempts, sign-in waits a few minutes before trying again.

join-title = Join the community
join-invited-by = { $handle } has invited you and vouches for you.
join-invited = You have been invited to join.
join-handle-hint = The name others see. A pseudonym is welcome. Letters and digits of one alphabet, with . _ or - between them.
join-password-hint = At least 15 characters. A few ordinary words make a strong, memorable password.
join-optional = Optional: share only what you want others to see
join-accept = I have read and accept the
join-guidelines-link = community guidelines and code of conduct
join-button = Join
join-handle-taken = That handle is taken. Please choose another.
join-closed-title = This invitation cannot be used
join-closed-used = It has been used already. Each invitation admits one person.
join-closed-expired = It has expired, or the member who sent it withdrew it.
join-closed-unknown = There is no invitation at this address. Check that the whole link was copied.
join-closed-next = Ask the member who invited you for a new invitation.

welcome-title = Welcome
welcome-lede = You are now a member. Take your time to look around; nobody expects you to contribute straight away.
welcome-guidelines = Read how we work together
welcome-explore = Explore the hub
welcome-account = Your account and its security

account-title = Your account
profile-title = Your profile
profile-lede = What other members see beside your handle in the members list. Every part is optional: share only what you are comfortable with.
profile-saved = Your profile is saved.
invite-open-title = Invitations still open
invite-open-none = No invitation is waiting to be used.
invite-open-expires = Works until
invite-open-by = made by { $handle }
invite-withdraw = Withdraw
account-handle = Signed in as
account-roles = Roles:
account-sessions-link = Where you are signed in
account-invite-link = Invite someone you trust
account-events = Recent security events
column-when = When
column-event = Event
column-detail = Detail
column-device = Browser
column-opened = Signed in
column-last-seen = Last active
column-actions = Actions

sessions-title = Where you are signed in
sessions-lede = If you do not recognise a session, end it and change your password.
sessions-this-one = this one
sessions-revoke = End
sessions-revoke-others = Sign out everywhere else

invite-title = Invite someone
invite-lede = An invitation is your vouch: invite only people you know and trust to work with those at risk. The link works once, for seven days.
invite-note = Who is this, and why are you inviting them? (kept on record)
invite-role = Role on joining
invite-button = Create invitation
invite-too-many = You have as many open invitations as a member may have. Wait until one is used or expires.
invite-created-title = Invitation created
invite-created-lede = Send this link to the person by a channel you trust. It is shown only once.
invite-link = Invitation link
invite-expires = It works until { $date }.

account-two-factor-link = Second factor (authenticator app, passkeys)
field-code = Code
field-current-password = Your current password
sign-in-code-title = One more step
sign-in-code-lede = Enter the six-digit code from your authenticator app.
sign-in-code-hint = Lost your device? Enter one of your recovery codes instead.
sign-in-code-wrong = { $tries ->
    [one] That code did not work. One more try, then you will need your password again.
   *[other] That code did not work. { $tries } more tries, then you will need your password again.
}
sign-in-code-wait = { $minutes ->
    [one] Too many wrong codes for this account. Wait a minute, then try again.
   *[other] Too many wrong codes for this account. Wait { $minutes } minutes, then try again.
}
sign-in-code-recovery-lede = Or enter one of your recovery codes.
sign-in-code-passkey = Use your passkey
sign-in-code-or-code = Or use a code
passkey-use-button = Use my passkey
passkey-browser-failed = The passkey did not answer, or the request was cancelled. Press the button to try again.
passkey-wrong-address = Passkeys work only on this hub's public address, { $address }, and this page is open at another one. Open the hub at { $address } to use a passkey.
passkey-needs-javascript = Passkeys need JavaScript in this browser. Your password and codes work without it.
passkey-sign-in-button = Sign in with a passkey
passkey-sign-in-title = Sign in with a passkey
passkey-sign-in-lede = Press the button and choose your passkey for this hub. Your device will ask for its PIN, fingerprint or face.
passkey-add-title = Add a passkey
passkey-add-lede = Press the button and follow your browser: it will create a passkey on this device or on a security key, protected by its PIN, fingerprint or face.
passkey-already-registered = That passkey is already registered.
passkeys-title = Passkeys
passkeys-lede = A passkey signs you in with this device's screen lock or a security key, without your password; it also serves as the second step after your password. Phishing sites cannot use it.
passkeys-name = Name
passkeys-name-hint = So that you can tell your passkeys apart, e.g. "laptop" or "blue key".
passkeys-added = Added
passkeys-last-used = Last used
passkeys-never = never
passkeys-remove-title = Remove a passkey
passkeys-add-title = Add a passkey
passkeys-add-button = Add a passkey
passkeys-unavailable = Passkeys need this hub to be reached by a name (its public address is an IP address).
problem-passkey-failed = The passkey did not answer as expected. Try again.
problem-passkey-wrong-address = This page was opened at another address than the hub's public address, so passkeys cannot work here. Open the hub at its public address (the operator sets it as public_url) and try again.
problem-passkeys-unavailable = Passkeys need this hub to be reached by a name, not an IP address.
two-factor-title = Second factor
two-factor-on = An authenticator app protects your account: signing in needs your password and a code from the app.
two-factor-off = Add an authenticator app (such as Aegis, FreeOTP or any app that reads TOTP codes) so that a stolen password alone cannot open your account.
two-factor-codes-left = { $count ->
    [one] One unused recovery code left.
   *[other] { $count } unused recovery codes left.
}
two-factor-start-button = Add an authenticator app
two-factor-remove-title = Remove the authenticator
two-factor-remove-button = Remove
two-factor-enrol-title = Add your authenticator app
two-factor-enrol-scan = Scan this code with the app:
two-factor-qr-alt = QR code carrying your authenticator secret
two-factor-enrol-type = Or type this secret into the app:
two-factor-enrol-confirm = Enter the code the app now shows, to confirm.
two-factor-confirm-button = Confirm
two-factor-codes-title = Your recovery codes
two-factor-codes-lede = Each code signs you in once if you lose your device. Write them down or print them now and keep them somewhere safe: they will not be shown again.

members-title = Members directory
members-lede = Members show here only what they chose to share when they joined.
members-filter-language = Language
members-filter-region = Region
members-filter-button = Filter
members-none = No member matches.
admin-members-title = Manage members
admin-members-lede = Role changes and suspensions are recorded in the audit log and end the member's sessions.
column-member = Member
column-status = Status
column-roles = Roles
admin-role-label = Role
admin-until-label = Last day (optional)
admin-role-button = Set role
admin-reason-label = Reason (kept on record)
admin-suspend-button = Suspend
admin-reinstate-button = Reinstate

password-title = Change your password
field-new-password = New password
password-sign-out-elsewhere = Sign out everywhere else
password-button = Change password
password-changed = Your password has been changed.

admin-approve-button = Approve
admin-audit-title = Security events of all members
account-pending = Your membership is waiting for approval. You can read everything members read; you can write, comment and invite once it is approved.
role-member = member
role-editor = editor
role-facilitator = facilitator
role-response_team = response team
role-admin = administrator
account-failed-attempts = { $count ->
    [one] There was one failed sign-in attempt on your account since you last signed in. If it was not you, someone may be guessing your password: add a second factor.
   *[other] There were { $count } failed sign-in attempts on your account since you last signed in. If it was not you, someone may be guessing your password: add a second factor.
}
account-failed-second-factor = { $count ->
    [one] Since you last signed in, your password was entered correctly once and followed by a wrong second-factor code. If it was not you, your password is known to someone: change it now.
   *[other] Since you last signed in, your password was entered correctly and followed by a wrong second-factor code { $count } times. If it was not you, your password is known to someone: change it now.
}
column-actor = By

export-link = Download your data (JSON)
delete-title = Delete your account
delete-lede = Your profile, sessions, second factors and security log are deleted. What you wrote for the community stays, attributed to "former member". This cannot be undone.
delete-understood = I understand that this cannot be undone
delete-confirm-needed = Tick the box to confirm.
delete-button = Delete my account

admin-second-factor-legend = Require a second factor for
admin-second-factor-button = Save
admin-second-factor-confirm-title = This would hold you to it too
admin-second-factor-confirm-text = You have no second factor yet. Once this is saved, you can do nothing with these roles of yours until you add one:
admin-second-factor-confirm-button = Require it anyway
admin-second-factor-set-up-first = Set up my second factor first
admin-role-until = until { $date }
member-status-active = active
member-status-pending = waiting for approval
member-status-suspended = suspended
account-second-factor-required = Your role requires a second factor. Until you add one, you can only manage your own account.

members-pending-title = Waiting for a second vouch
members-pending-lede = These newcomers were invited and wait for another member to vouch for them. Vouch only for people you know and trust.
members-vouched-by = vouched for by
members-vouch-button = I vouch for them

problem-empty = Please fill in { $field }.
problem-too-long = { $field } is too long: at most { $max } characters.
problem-guidelines-not-accepted = Accept the community guidelines and code of conduct to join.
problem-password-is-handle = Do not use your handle as your password.
problem-control-characters = Remove control and direction-override characters.
problem-code-mismatch = That code does not match. Check the time on your device and try the next code.
problem-wrong-current-password = That is not your current password.
problem-review-state-unknown = That review state is not one Braid knows.
problem-handle-reserved = That handle is kept for the hub’s own use, so nobody can pass for its staff. Choose another.
problem-handle-lookalike = That handle looks like another member's. Choose one that reads differently.
problem-current-password-wait = Too many wrong passwords for this account. Wait a few minutes, then try again.
problem-password-common = That password is among the most common ones, which attackers try first. Choose another.
problem-password-guessable = That password is too easy to guess.
problem-term-in-past = The end of the term must be in the future.
problem-password-short = Use at least 15 characters. A few ordinary words make a good password.
problem-handle-short = Use at least 2 characters.
problem-password-short-with-second-factor = Use at least 8 characters.
problem-handle-characters = Use letters and digits, with single . _ or - between them.
problem-handle-one-script = Use letters of one alphabet only.
problem-unknown-role = Choose member, editor, facilitator, response team or administrator.
problem-cannot-suspend-self = You cannot suspend yourself.
field-note = Note
field-reason = Reason
problem-unknown-group = Unknown section group.
problem-unknown-status = Unknown account status.
problem-slug-characters = Use lowercase letters and digits separated by single hyphens.
problem-job-kind-characters = Use lowercase letters, digits and underscores.

section-pages = Pages
section-parts = Parts of this section's list
section-part = Pages { $from } to { $to } of { $total }
section-earlier = Earlier pages
section-later = Later pages
page-new = New page
page-tree-label = Pages in this section
page-tree-more = { $count ->
    [one] One more page…
   *[other] { $count } more pages…
}
page-old-revision = You are reading revision { $number }, not the latest.
page-see-latest = See the latest.
revision-suppressed-notice = This revision is suppressed: only administrators can see it, anywhere.
revision-suppress = Suppress this revision
revision-suppress-lede = Use this when this text exposed something (an address, a name). Nobody but administrators will see this revision again: not in the history, diffs, recent changes, feeds or exports. The published text cannot be suppressed: edit the exposed part out first, then suppress each older revision that still holds it.
revision-suppress-reason = Why (kept in the audit log)
revision-suppress-button = Suppress
problem-revision-is-published = This is the text readers see. Edit the exposed part out first, then suppress this revision.
event-revision_suppressed = Revision suppressed
visibility-public = Public: anyone can read it
visibility-members = Members only
visibility-editors = Editors only
page-edit = Edit
page-history = History
page-more-actions = More
page-toc = Contents
page-licence = This text is shared under
page-contributors = Written by
links-here-title = What links here
links-here-none = No page links to this one yet.
export-source = The latest version is at
page-revision-line = Revision
page-conflict = Someone saved this page while you were editing, and some of your changes touch the same lines. Nothing was saved. Both versions are in the text below between the markers <<<<<<< yours, ======= and >>>>>>> saved meanwhile: keep what belongs, remove the markers, and save again.
page-conflict-title = They also changed the title, to:
page-preview = Preview
field-title = Title
field-text = Text
page-markdown-hint = Markdown: # headings, **bold**, *italic*, [links](https://…), [[Page title]] for another page, - lists, | tables |, and footnotes[^1].
field-summary = Summary of your change
field-visibility = Who can read it
page-visibility-button = Change who can read it
page-preview-button = Preview
page-save-button = Save
page-exists = A page with this title already exists in this section. Choose another title, or edit that page.
history-caption = Revisions, newest first. Choose two to compare.
history-from = From
history-to = To
history-revision = Revision
history-when = Saved
history-who = By
history-lines = Lines
history-actions = Actions
history-restore = Restore
history-suppressed = suppressed
history-compare = Compare
history-compare-side = Compare side by side
diff-title = Changes
diff-between = Between revisions
diff-inline = Show in one column
diff-side = Show side by side
diff-title-changed = Title changed:
diff-none = These revisions have the same text.
diff-removed = removed:
diff-added = added:
diff-line = Line
problem-unknown-visibility = Choose who can read it: public, members or editors.
problem-title-needs-letters = Use at least one letter or digit in the title.
problem-conflict-markers = The text still has conflict markers (<<<<<<<, =======, >>>>>>>). Keep what belongs and remove them.

recent-title = Recent changes
recent-feed = Feed of public changes (Atom)
recent-section = Section
recent-all-sections = All sections
recent-person = Member
recent-filter = Show
recent-none = No changes match.
recent-diff = changes
recent-new = new page
nav-recent = Recent changes

page-delete = Move to recycle bin
page-deleted-while-editing = An editor moved this page to the recycle bin while you were editing. Nothing was saved; your text is below, so you can copy it or ask an editor to restore the page.
bin-title = Recycle bin
bin-lede = Pages editors deleted. Restoring one brings it back with all its history.
bin-empty = The recycle bin is empty.
bin-deleted = Deleted
problem-page-has-children = Move or delete its sub-pages first.
problem-page-parent-deleted = Restore the page it sits under first.

comments-title = Discussion
comments-none = No comments yet.
comment-edited = edited
comment-resolved = resolved
comment-deleted = This comment was deleted.
comment-reply = Reply
comment-reply-button = Reply
comment-edit = Edit comment
comment-text = Comment (Markdown)
comment-save = Save comment
comment-delete = Delete
comment-resolve = Resolve
comment-reopen = Reopen
comment-new = Add a comment (Markdown)
comment-add-button = Comment

page-move = Move
page-move-lede = The page moves with its sub-pages. Its old address keeps working.
page-move-parent = Under which page
page-move-top = At the top of the section
page-move-parent-hint = Pages of this page's current section; to place it under a page of another section, move it to that section first.
page-move-taken = A page with the same address already exists in that section.
page-earlier = Move up
page-later = Move down
problem-page-under-itself = A page cannot go under itself or its own sub-pages.

page-export-markdown = Markdown
page-export-html = HTML file

review-title = Review queue
review-lede = Edits by members who are not yet trusted wait here; readers see the last approved text until an editor approves.
review-empty = Nothing waits for review.
review-trust = Also trust this member: their later edits need no review
review-approve = Approve
review-note = Why it goes back (the author sees this in the history)
review-send-back = Send back
review-superseded = The page changed meanwhile; look at its latest revision again.
page-pending = A newer revision waits for review.
page-pending-see = See it.
page-pending-this = This revision waits for review: readers do not see it yet.

labels-title = Labels
labels-none = No page has a label yet.
field-labels = Labels
field-labels-hint = Separated by commas, e.g. needs review, exercise, tool guide.
recent-label = Label
page-template = Start from a template
page-template-use = Use it
templates-title = Templates
templates-lede = New pages can start from these. Editors keep them up to date.
templates-new = New template
template-exists = A template with this name exists already.
problem-label-characters = Use letters, digits, spaces and hyphens in labels, with commas between them.
problem-too-many-labels = Use at most 12 labels.

attachments-title = Files
attachment-waiting = waits for review
attachment-snippet = Markdown to show it in the page
review-files = Files waiting
review-files-page = its page
attachment-file = Attach a file
attachment-hint = Images, PDF, office documents or text, up to { $mib } MB. Images lose their location, camera details, comments and anything hidden after the picture. PDFs lose their author, creator and program names, also where these are compressed (except in rare encodings). Office documents lose their properties (author, last editor, company, template, times), but names in tracked changes and comments inside the text stay: remove those in your office program first.
attachment-upload = Attach
attachment-choose = Choose a file to attach.
problem-file-kind = Attach images (PNG, JPEG, GIF, WebP), PDF, office documents or text.
problem-file-damaged = That image is damaged.

page-watch = Watch
page-unwatch = Stop watching
section-watch = Watch the section
section-unwatch = Stop watching the section
page-review-by = Check this advice again by
page-review-by-field = Review by
notifications-title = Notifications
notifications-none = Nothing new.
notifications-read = Mark all read
notifications-new = new
notification-page-changed = Changed:
notification-comment = New comment on
notification-review-due = Due for review:
notification-second-factor-guessing = Someone entered your password correctly, then several wrong second-factor codes. If it was not you, your password is known to someone: change it now. Further codes are checked only after a growing wait.
due-title = Due for review
due-lede = Security advice goes stale. These pages should be checked again soon, or already should have been.
due-none = No page is due for review in the next 30 days.
due-overdue = overdue
problem-date-format = Use a date such as 2027-03-31.

page-how-to-contribute = How to contribute
section-licence = Licence of this section's pages
problem-unknown-licence = Choose CC BY-SA 4.0, CC BY 4.0 or CC0.

wanted-title = Wanted pages
wanted-lede = Pages linked to but not yet written. Write one: the links start working at once.
wanted-none = Every linked page exists.
wanted-from = linked from
wanted-more-pages = { $count ->
    [one] and one more page
   *[other] and { $count } more pages
}
wanted-more-titles = { $count ->
    [one] One more wanted page, linked from fewer pages, is not listed.
   *[other] { $count } more wanted pages, linked from fewer pages, are not listed.
}
field-language = Language of the text
problem-unknown-language = Choose one of the listed languages.
search-syntax = Use "quotes" for a phrase, a star for the start of a word (secur*), and a minus to leave a word out (-android).
search-facets = Narrow the results
search-incomplete = The search index is still being rebuilt after an upgrade or a restore, so some pages may be missing from these results for a few minutes.
search-facet-language = Language
search-facet-section = Section
search-facet-label = Label
search-facet-kind = Kind
search-facet-any = Any
search-kind-page = Page
search-kind-comment = Comment
search-pages = More results
search-previous = Previous results
search-next = Next results
search-sections = Sections
search-suggestions = Suggestions

# Security events, by their stable names.
event-other = Security event
event-account_created = Account created
event-account_deleted = Account deleted
event-activated = Became a full member
event-invitation_created = Invitation made
event-invitation_withdrawn = Invitation withdrawn
event-joined = Joined
event-passkey_added = Passkey added
event-passkey_removed = Passkey removed
event-password_changed = Password changed
event-password_check_failed = Wrong current password
event-policy_changed = Policy changed
event-profile_changed = Profile changed
event-reinstated = Reinstated
event-role_changed = Role changed
event-role_lapsed = Role term ended
event-sealing_key_recorded = Secrets key recorded
event-second_factor_failed = Wrong second-factor code
event-second_factor_refused = Second factor refused
event-session_revoked = Session ended
event-sign_in_failed = Sign-in failed
event-sign_in_refused = Sign-in refused
event-signed_in = Signed in
event-signed_in_with_recovery_code = Signed in with a recovery code
event-signed_out = Signed out
event-signed_out_everywhere = Signed out everywhere
event-suspended = Suspended
event-totp_enabled = Authenticator app added
event-totp_removed = Authenticator app removed
event-vouched = Vouched for

# Security event details, by their stable names; $role and $roles are already in words.
event-detail-account_created = Created by the operator, as { $role }
event-detail-invitation_created = For one { $role } joining; note: { $note }
event-detail-invitation_withdrawn = It was for one { $role } joining
event-detail-joined = Joined by invitation, as { $role }
event-detail-sign_in_refused = { $why ->
    [locked] Password sign-in is off after too many failures
    [suspended] The account is suspended
    [passkey] The passkey “{ $name }” was refused
   *[waiting] Tried while waiting after failures
  }
event-detail-sign_in_failed = Wrong password ({ $count } in a row)
event-detail-second_factor_failed = Wrong { $how ->
    [recovery] recovery code
   *[code] authenticator code
  }
event-detail-second_factor_refused = Tried while waiting after wrong codes
event-detail-password_check_failed = Before a security change ({ $count } in a row)
event-detail-signed_in = { $how ->
    [passkey] With the passkey “{ $name }”
    [code] With password and authenticator code
    [recovery] With password and a recovery code
    [passkey-second] With password and a passkey
   *[password] With password
  }
event-detail-totp_enabled = { $codes } recovery codes issued
event-detail-passkey_added = “{ $name }”{ $codes ->
    [none] {""}
   *[other] ; { $codes } recovery codes issued
  }
event-detail-passkey_removed = “{ $name }”
event-detail-policy_changed = Second factor required for: { $roles }
event-detail-nobody = nobody
event-detail-signed_out_everywhere = { $which ->
    [others] Every other session
   *[all] Every session
  }
event-detail-role_changed = { $until ->
    [none] { $role }
   *[other] { $role } until { $until }
  }
event-detail-role_lapsed = { $role } ended on { $until }
event-detail-reinstated = { $how ->
    [role] Approved with a role
   *[other] Reinstated
  }
event-detail-suspended = Reason: { $reason }
event-detail-vouched = Vouched for by { $handle }
event-detail-activated = { $count } vouches
event-detail-sealing_key_recorded = Secrets are sealed under a key kept outside the database
event-detail-account_deleted = A member deleted their account
event-detail-revision_suppressed = Revision { $revision } of { $page }: { $reason }

# The hub's status page (administrators): followers of the change log and failed jobs.
admin-status-title = The hub's background work
admin-status-lede = After every change, the hub updates its search index and tells watchers in the background. Here you see how far each of these got and whether anything failed.
admin-status-followers = Work that follows each change
admin-status-failed-jobs = Jobs that failed for good
admin-status-no-failed-jobs = No job has failed.
admin-status-no-error = None
column-follower = Work
column-applied-up-to = Done up to change
column-behind = Changes waiting
column-last-error = Last error
column-job = Job
column-attempts = Attempts
follower-search = Search index
follower-notifications = Notifications to watchers
job-prune_finished_jobs = Clearing out finished jobs and expired sign-in steps
job-lapse_role_terms = Ending roles whose term is over
job-remind_reviews = Reminding watchers of pages due for review
job-unknown = A job this version does not know

# Dates. Month names as they are written inside a date ("5 December 2026"); the time is in UTC.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-time = { $day } { $month } { $year }, { $time } UTC

# Translations of pages.
page-translate = Translate
page-languages = This page in other languages
translation-of = Translation of
translation-update = Update the translation
translation-review-button = Mark as checked by a second translator
translation-state-missing = Missing
translation-state-draft = Draft
translation-state-outdated = Outdated
translation-state-up-to-date = Up to date
translation-state-reviewed = Reviewed
translate-choose-lede = Choose the language to translate this page into. Your translation stays linked to this page: when it changes, the paragraphs that changed are marked for you.
translate-lede = Each paragraph of the source stands beside its translation. Translate what you can: a paragraph left empty shows the source's words to readers until someone translates it.
translate-changed-count = { $count ->
    [one] One paragraph of the source changed since this translation was made: it is marked.
   *[other] { $count } paragraphs of the source changed since this translation was made: they are marked.
}
translate-changed = Changed in the source
translate-was = What it said before
translate-paragraph-label = Translation of paragraph { $number }
translate-empty-hint = Keep Markdown as it is in the source: # headings, **bold**, [links](…) and [[page titles]] (write the title of the page in your language when it has one).
translate-draft = Not finished yet: keep it a draft
translate-save = Save the translation
translations-title = Translations
translations-lede = How far each language has come: pages still to translate, translations to bring up to date after their source changed, and those a second translator checked.
translations-language = Language
translations-show = Show
translations-none = No page can be translated into this language yet.
translations-done = Translated and up to date:
translations-by-section = Translations by section
translations-done-column = Done
translations-next = Translate next
translations-next-none = Nothing waits: every page is translated and up to date.
translations-behind = { $count ->
    [one] the source changed once since
   *[other] the source changed { $count } times since
}
translations-linked-from = { $count ->
    [one] linked from one page
   *[other] linked from { $count } pages
}
problem-translation-own-review = A second translator checks a translation, not the one who wrote it.
problem-translation-same-language = A page is not translated into the language it is written in.
# A percentage, and how much of a whole is done ($percent is already a percentage).
percent = { $value }%
translations-done-figure = { $done } of { $total } ({ $percent })

# The glossary, the translation memory and claims.
glossary-title = Glossary
glossary-lede = The words this community translates one way, so that every page says them alike. The translation editor shows the terms each paragraph contains beside it.
glossary-none = No term yet.
glossary-add-title = Add or change a term
glossary-keep = Keep it as it is (a name, a tool)
glossary-kept = kept as it is
glossary-save = Save the term
glossary-remove = Remove
field-term = Term
field-translation = Translation
translate-terms = From the glossary
translate-suggestions = Translated before
translate-claim = I am translating this (for two days)
translate-release = I have stopped translating this
translate-claimed-by = { $handle } is translating this until { $date }.
translate-claimed-you = You are translating this until { $date }.
sections-translations = Title and description in other languages
sections-translations-hint = Readers of a language see its title and description in place of the section’s own. Leave the title empty to remove them.
translate-use = Use it

# Discussion (issue 31).
nav-discussion = Discussion
discussion-title = Discussion
discussion-lede = Threads in categories: read and write them here, and soon by mail as well.
discussion-none = No category is open to you yet.
discussion-threads = { $count ->
    [one] one thread
   *[other] { $count } threads
}
discussion-latest = latest post
discussion-older = Older threads
former-member = former member
category-new = New category
category-settings = Category settings
category-save = Save the category
category-watch = Watch this category
category-unwatch = Stop watching
category-no-threads = No thread yet.
category-readers-public = Anyone can read it, signed in or not.
category-readers-members = Members can read it.
category-readers-roles = Only these can read it: { $roles }.
category-readers-chosen-roles = Only the roles ticked below
category-slug-hint = Part of its address and, later, of its mail address: lowercase letters and digits separated by hyphens, e.g. ask-the-community.
category-starters-readers = Everyone who reads it
category-starters-facilitators = Facilitators only (announcements)
category-moderation-first-posts = A member’s first post waits for a facilitator
category-moderation-all = Every post waits for a facilitator
category-moderation-none = No post waits
field-category-name = Name
field-category-slug = Short name
field-category-description = What it is for
field-category-readers = Who can read it
field-starters = Who can start threads
field-moderation = Moderation
field-moderation-note = Note
field-thread-title = Title
field-post = Your post (Markdown)
thread-new = Start a thread
thread-start = Start the thread
thread-posts = { $count ->
    [one] one post
   *[other] { $count } posts
}
thread-solved = solved
thread-locked = locked
thread-mute = Mute this thread
thread-unmute = Unmute
thread-lock = Lock
thread-unlock = Unlock
thread-reply = Reply
thread-reply-button = Post the reply
thread-locked-notice = This thread is locked: only facilitators can post in it.
post-held = waiting for a facilitator
post-rejected = not published
post-rejected-note = A facilitator’s note:
post-edited = edited
post-solution = answer
post-quoting = In reply to
post-deleted = This post was deleted.
post-quote = Quote and reply
post-edit = Edit post
post-edit-hint = Readers can see what a post said before each edit.
post-back = Back to the thread
post-mark-solution = Mark as the answer
post-unmark-solution = Not the answer
post-history = Earlier versions of a post
post-history-now = Now
post-history-until = Until
moderation-title = Posts waiting for a facilitator
moderation-lede = Approve a post to publish it, or reject it with a note that only its author sees. Every decision is recorded.
moderation-none = Nothing is waiting.
moderation-starts = starts
moderation-replies = replies in
moderation-note = Note for the author (optional)
moderation-approve = Approve
moderation-reject = Reject
notification-post = New post in
problem-category-no-roles = Tick at least one role that can read the category.
problem-category-readers = Choose who can read the category.
problem-category-slug-taken = Another category has this short name.
problem-unknown-starters = Choose who can start threads.
problem-unknown-moderation = Choose how posts are moderated.

# Mail (issue 31).
field-delivery = By mail
delivery-every = Every post
delivery-web = Nothing: I read on the web
delivery-save = Save
delivery-to = Mail goes to
delivery-no-address = Your account has no confirmed mail address yet, so nothing is sent to you by mail.
unsubscribe-title = Stop mail from a category
unsubscribe-lede = Stop getting posts of “{ $category }” by mail? You can still read them on the web, and choose mail again on the category’s page.
unsubscribe-button = Stop the mail
unsubscribe-done = Done: posts of “{ $category }” are no longer sent to you by mail.
mail-read-on-web = Read the thread and answer on the web
mail-stop = Stop these messages
follower-mail = Mail to members who follow by mail
job-deliver_post = Mailing a post to a member
job-confirm_address = Mailing a link to confirm an address
field-email = Mail address
problem-unknown-delivery = Choose every post, a daily digest, or nothing by mail.
problem-email-address = Use an address like name@example.org.

email-title = Mail address
email-lede = Where the hub sends the discussion’s posts you follow by mail. Only you and the hub see it; other members never do.
email-current = Mail goes to
email-none = You have no mail address here.
email-requested = A link was sent to { $address }: the address is yours once you open it.
email-sent = We sent a link to { $address }. Open it within two days to confirm the address.
email-hub-sends-none = This hub sends no mail: its discussion is on the web only.
email-hint = Leave it empty to remove your address.
email-button = Save the address
email-confirm-title = Confirm a mail address
email-confirm-lede = Press the button to confirm that this address is yours.
email-confirm-button = Confirm the address
email-confirmed = Confirmed: mail now goes to { $address }.
mail-confirm-subject = Confirm your address for { $community }
mail-confirm-body = Someone signed in as { $handle } asked for this address to get mail from the hub. Open this link to confirm it (it works for two days):
mail-confirm-not-you = If it was not you, do nothing: without the link, this address gets nothing.
event-email_changed = Mail address confirmed
event-email_removed = Mail address removed
problem-email-unusable = This address cannot be used. Choose another.
post-folded = Quoted text and signature
delivery-digest = One digest a day
mail-digest-author = Daily digest
mail-digest-subject = Digest of { $date }
job-send_digests = Preparing the daily digests
job-deliver_digest = Mailing a daily digest to a member
email-stopped = Mail to this address came back undelivered three times in a row, so the hub stopped sending to it. Save the address again (or another one) and open the link we send to start again.
notification-mail-stopped = Mail to your address came back undelivered again and again, so the hub stopped sending to it.
