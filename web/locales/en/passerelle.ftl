# Passerelle — public pages, English.
# Plain messages only (no variables or selectors): the server looks them up by id.
# Ids starting with "js-" are also sent to the browser code in the page data.

lang-name = English
site-name = Passerelle

## Layout

quick-exit = Quick exit
quick-exit-hint = Or press Shift 3 times
skip-link = Skip to the main content
lang-switch-label = Language
footer-nav-label = Site pages
nav-home = Home
nav-follow-up = Follow up on a report
nav-safety = Stay safe online
footer-firewall = We never share reports with immigration authorities.
footer-no-tracking = This site uses no cookies and no trackers.
noscript-title = This page needs JavaScript.
noscript-body = Your report is locked (encrypted) on your own phone before it is sent, and that needs JavaScript. Nothing can be sent without it. In Tor Browser, choose the “Standard” security level, then open this page again.

## Notes repeated on several pages

note-emergency = If you or someone else is in danger right now, call the emergency number (112 in Europe). Reports on this site are not read right away.
note-encrypted = What you write is locked (encrypted) on your phone before it is sent. Only the police unit that handles it can open it. We cannot read it.
note-no-name = We do not ask for your name, your address or your papers. You do not need to write them.
note-firewall = Your report is not shared with immigration authorities. You can report even if you have no papers.

## Home page

home-title = Report a crime safely
home-intro = Tell a police protection unit what happened to you or to someone else. It is free and you can stay anonymous.
home-choose = What is it about?
home-how-title = How it works
home-how-1 = Choose what it is about.
home-how-2 = Write what happened, in your own words and in any language. Only what you want to say.
home-how-3 = You get a follow-up code. Keep it safe: with it you can read the answer of the unit and send more information.
home-follow-up-title = Already sent a report?
home-follow-up-text = Use your follow-up code to see what happened with your report and to read messages from the unit.
home-follow-up-link = Follow up on my report
home-safety-link = How to stay safe when you use this site

## Categories

category-gbv = Violence against women, sexual or domestic violence
category-gbv-desc = Rape, sexual assault, violence at home or from a partner, forced marriage, threats.
category-child-protection = A child in danger
category-child-protection-desc = A child is hurt, abused, exploited, alone or missing.
category-trafficking-smuggling = Trafficking, smuggling, forced work
category-trafficking-smuggling-desc = Someone is forced to work or to have sex, kept against their will, or in danger with smugglers.
category-hate-crime = Racism, hate, attacks because of who you are
category-hate-crime-desc = Insults, threats or attacks because of your origin, religion, colour, gender or sexuality.
category-community-policing = Another crime or problem
category-community-policing-desc = Theft, threats, violence or a danger in your area.
category-police-conduct = A complaint about the police
category-police-conduct-desc = A police officer treated you badly or unfairly. This goes to an independent oversight body, not to the police who did it.
category-unsure = I am not sure
category-unsure-desc = Tell us what happened. A team will send it to the right unit.

## Report page

report-eyebrow = New report
report-intro = Fill in only what you want. You can write in any language.
field-optional = (optional)
field-what-label = What happened?
field-what-hint = Tell it in your own words.
field-when-label = When did it happen?
field-when-hint = A date or a time, even roughly. For example: last night, in March.
field-where-label = Where did it happen?
field-where-hint = A town, a street, a camp, a place you know.
field-who-label = Who is involved?
field-who-hint = Describe the people if you can: what they look like, names, phone numbers, vehicles.
field-region-label = Area
field-region-hint = This helps send your report to the right team. The area is not encrypted.
field-region-none = I prefer not to say
field-urgent-label = Someone is in danger right now
field-urgent-hint = If someone is in immediate danger, also call the emergency number (112 in Europe). This site cannot send help right away.
field-referral-label = I agree that the unit may pass my report to a support organisation (shelter, legal aid, health) if I want help
field-referral-hint = You can say no. You can also ask for help later in a message.
report-metadata-note = The server only sees the type of report, the area if you chose one, the language of the page, whether it is urgent and whether you agree to be passed to a support organisation. It cannot read what you write.
report-submit = Send my report safely

## Receipt after sending

receipt-title = Your report was sent
receipt-case-label = Case number:
receipt-code-label = Your follow-up code
receipt-code-warning = Write this code down now or keep it somewhere safe. It is shown only once. If you lose it, nobody can give it back to you: not us, not the police.
receipt-code-use = With this code you can read the unit's answers and send more information. Anyone who has the code can read the answers, so keep it hidden.
receipt-copy = Copy the code
receipt-print = Print
receipt-copy-hint = If you copy the code, other apps on this phone may see it. Paper you can hide may be safer.
receipt-next-title = What happens next
receipt-next = The unit will read your report. Come back in a few days with your code to see their answer.
receipt-follow-up-link = Go to the follow-up page

## Follow-up page

follow-up-title = Follow up on your report
follow-up-intro = Enter your follow-up code. The code stays on this phone: only a key made from it is sent.
follow-up-code-label = Follow-up code (28 numbers)
follow-up-code-hint = Spaces and dashes do not matter. You can type the numbers as 123 or ١٢٣.
follow-up-open = Open my report
follow-up-lost = Lost your code? Nobody can give it back, because only you have it. You can send a new report.
follow-up-case-title = Your report
follow-up-case-label = Case number
follow-up-status-label = Status
follow-up-history-title = What happened so far
follow-up-thread-title = Messages
follow-up-thread-note = Your own messages are locked for the unit only, so you cannot read them again here.
follow-up-closed = This case is closed and takes no more messages.
follow-up-message-label = Write to the unit
follow-up-message-hint = Add information or answer a question. Your message is locked (encrypted) like your report.
follow-up-send = Send message
follow-up-forget = Forget this code on this page

## Safety page

safety-title = Stay safe when you use this site
safety-intro = Someone who uses your phone or computer may see that you came to this site. Here is how to lower that risk.
safety-exit-title = The Quick exit button
safety-exit-text = At the top of every page there is a Quick exit button. Press it, or press the Shift key 3 times, and this site closes and a neutral website opens.
safety-exit-warning = Quick exit does not delete your history. Someone can still see this site in your browser history.
safety-history-title = Delete your browsing history
safety-history-text = In most browsers: open the menu (⋮ or ☰), then History, then Clear browsing data.
safety-history-partial = If deleting all your history would look strange, delete only the pages of this site.
safety-private-title = Use a private window
safety-private-text = A private window (Incognito in Chrome, Private window in Firefox and Safari) forgets the pages you visited when you close it.
safety-tor-title = Use Tor Browser
safety-tor-text = Tor Browser hides the sites you visit from your internet provider and hides your internet address from us. Use the “Standard” security level: this site needs JavaScript to lock your report.
safety-device-title = If someone checks your phone
safety-device-text = If someone looks at your phone or may have put a spy app on it, use another phone or computer, for example one of a person or an organisation you trust.
safety-code-title = Keep your code safe
safety-code-text = Anyone who has your follow-up code can read the unit's answers. Do not keep it where others can see it: write it on paper that you can hide, or learn it by heart.
safety-nothing-stored = This site sets no cookies and stores nothing on your phone.

## Not found

not-found-title = Page not found
not-found-text = This page does not exist.
not-found-home = Go to the home page

## Status and outcomes (server-rendered and in the browser)

status-received = Received
status-under_review = Being looked at
status-action_taken = Action taken
status-referred = Passed to another service
status-closed = Closed
outcome-investigation_opened = An investigation was opened
outcome-protection_measures = Protection measures were taken
outcome-referred_to_partner = Passed to a support organisation
outcome-referred_to_other_authority = Passed to another authority
outcome-no_offence_identified = No crime was found
outcome-insufficient_information = Not enough information to act
outcome-resolved = Resolved

## Browser messages

js-status-received = Received
js-status-under_review = Being looked at
js-status-action_taken = Action taken
js-status-referred = Passed to another service
js-status-closed = Closed
js-outcome-investigation_opened = An investigation was opened
js-outcome-protection_measures = Protection measures were taken
js-outcome-referred_to_partner = Passed to a support organisation
js-outcome-referred_to_other_authority = Passed to another authority
js-outcome-no_offence_identified = No crime was found
js-outcome-insufficient_information = Not enough information to act
js-outcome-resolved = Resolved
js-progress-protecting = Protecting your report…
js-progress-checking = Getting ready to send securely…
js-progress-sending = Sending…
js-progress-retrying = The connection is slow. Trying again…
js-progress-opening = Opening your report…
js-error-network = We could not reach the server. Check your connection and try again. Your text is still here.
js-error-generic = Something went wrong. Please try again.
js-error-no-unit = This kind of report cannot be received right now. Please try again later.
js-error-key-log = Nothing was sent. The keys this would be encrypted to do not match the service's public key log, so someone may have changed who can read it. Please try again later, or report another way.
js-error-too-long = Your text is too long. Please make it shorter.
js-error-crypto = This browser cannot lock (encrypt) your report. Use an up-to-date browser, or Tor Browser at the “Standard” level.
js-error-rate-limited = Too many tries. Please wait a few minutes, then try again.
js-error-not-found = No report was found with this code. Check the code and try again.
js-code-error-invalid-character = The code can only contain numbers.
js-code-error-wrong-length = The code has 28 numbers. Check that none is missing or added.
js-code-error-check-digit = This code has a mistake. Check each number carefully.
js-copied = The code was copied.
js-copy-manual = The code is selected. Copy it with your phone's menu.
js-thread-unit = Message from the unit
js-thread-yours = Your message
js-thread-your-report = Your report
js-thread-sent = sent
js-thread-unreadable = This message cannot be opened on this device.
js-thread-empty = No messages yet.
js-message-sent = Your message was sent.
js-forgotten = The code was removed from this page. To be safer, also close this tab.
js-time-unknown = unknown time

## Officer console (page)

console-title = Officer console
console-noscript-body = The officer console decrypts cases on this computer and needs JavaScript. Enable it for this site, then reload the page.
console-footer-restricted = Restricted to authorised officers of the protection units and the oversight body.
console-footer-audit = Every sign-in and every case you open is recorded in the audit log.
console-cancel = Cancel
console-continue = Continue
console-signin-title = Officer sign-in
console-signin-intro = Sign in with your personal account. Never share your password, your authenticator or your key passphrase.
console-signin-login = Username
console-signin-password = Password
console-signin-totp = Authenticator code
console-signin-totp-hint = The 6-digit code from your authenticator app. The first time you sign in, leave this empty: you will be asked to set up the app.
console-signin-submit = Sign in
console-signin-wait = Time before you can try again:
console-enrol-title = Set up two-step verification
console-enrol-intro = Your account needs an authenticator app (for example FreeOTP, Aegis or Google Authenticator) on your work phone.
console-enrol-step-1 = Open the authenticator app and add a new account.
console-enrol-step-2 = Scan the QR code, or type the setup key shown below it.
console-enrol-step-3 = Enter the 6-digit code that the app now shows.
console-enrol-secret-label = Setup key (if you cannot scan the code):
console-enrol-code = Code from the app
console-enrol-submit = Confirm and sign in
console-keysetup-title = Create your decryption key
console-keysetup-intro = Reports are encrypted for the keys of your unit. Your personal key is created now, on this computer. The server receives only its public part and a copy locked with your passphrase; it can never read your cases.
console-keysetup-passphrase-note = You will need the passphrase each time you sign in. If you forget it, nobody can recover your key: you will have to create a new one, and a supervisor will have to add it to the unit again.
console-keysetup-replace-warning = Creating a new key replaces your current one. Until a supervisor adds the new key to your unit, you cannot read cases, and messages sent only to your old key stay readable with the old key alone.
console-passphrase-new = New key passphrase
console-passphrase-new-hint = At least 12 characters. Use a sentence or several unrelated words, different from your sign-in password.
console-passphrase-repeat = Repeat the passphrase
console-keysetup-submit = Create my key
console-keysetup-done = Your key was created and saved.
console-key-recipient = Your public key:
console-keysetup-next = A supervisor of your unit must now add this key to the unit's key set. Until then you cannot open cases. Tell your supervisor the first and last characters of the key so they can check it.
console-unlock-title = Unlock your key
console-unlock-intro = Enter your key passphrase. Your key is unlocked on this computer only and is forgotten when you sign out, lock the console or close this tab.
console-passphrase = Key passphrase
console-unlock-submit = Unlock
console-unlock-forgot-title = Forgot your passphrase?
console-unlock-forgot = You can create a new key. A supervisor will then have to add it to your unit before you can read cases again.
console-unlock-replace = Create a new key
console-signed-in-as = Signed in as
console-nav-label = Console sections
console-tab-queue = Cases
console-tab-supervisor = Unit keys and members
console-tab-oversight = Audit log
console-tab-me = My account
console-lock = Lock
console-signout = Sign out
console-signout-all = Sign out on all devices
console-queue-title = Cases
console-queue-key-warning = Your key is not yet in the key set of these units. Ask a supervisor to add it; until then you cannot read their new cases:
console-filters = Filters
console-filter-unit = Unit
console-filter-unit-all = All my units
console-filter-status = Status
console-filter-any = Any
console-filter-urgent = Urgency
console-filter-urgent-only = Urgent only
console-filter-urgent-not = Not urgent
console-filter-assigned = Assigned to
console-filter-assigned-me = Me
console-filter-assigned-none = Nobody
console-filter-sort = Sort by
console-filter-sort-updated = Latest activity
console-filter-sort-created = Date received
console-filter-urgent-first = Urgent cases first
console-queue-refresh = Refresh
console-queue-empty = No cases match these filters.
console-queue-more = Load more cases
console-urgent = Urgent
console-case-back = Back to the cases
console-case-title = Case
console-case-status = Status
console-case-unit = Unit
console-case-category = Category
console-case-region = Area
console-case-language = Reporter's language
console-case-created = Received
console-case-assigned = Assigned to
console-case-history = Status history
console-case-thread = Report and messages
console-reply-title = Reply to the reporter
console-reply-hint = Encrypted on this computer for the reporter and your unit. The reporter reads it with their follow-up code. Do not ask for their name or address unless it is necessary.
console-reply-label = Your reply
console-reply-submit = Send the reply
console-note-title = Internal note
console-note-hint = Encrypted for your unit only. The reporter never sees it.
console-note-label = Note
console-note-submit = Save the note
console-status-title = Change the status
console-status-hint = The reporter sees the status and the outcome (but no text) at their next visit.
console-status-label = New status
console-outcome-label = Outcome
console-outcome-none = No outcome
console-status-submit = Save the status
console-assign-title = Assignment
console-assign-label = Officer in charge
console-assign-submit = Save the assignment
console-supervisor-title = Unit keys and members
console-supervisor-intro = Reports are encrypted for every key in the unit's current set. Add the key of each new officer, and revoke the key of anyone who leaves or loses it.
console-supervisor-unit = Unit
console-members-title = Members
console-col-name = Name
console-col-role = Role
console-col-key = Key
console-col-in-set = In the key set
console-col-action = Action
console-keys-title = Key history
console-keys-intro = Every key that has ever been in the unit's set. Revoking a key takes effect for new reports; older messages stay encrypted for it.
console-keys-set = Key set version:
console-col-holder = Holder
console-col-state = State
console-col-added = Added
console-col-revoked = Revoked
console-oversight-title = Audit log
console-oversight-intro = Every access to a case and every administrative action, newest first. The log is chained: any change to past entries is detected.
console-col-seq = No.
console-col-time = Time
console-col-actor = Actor
console-col-audit-action = Action
console-col-subject = Subject
console-audit-more = Load older entries
console-me-title = My account
console-me-units = My units
console-me-key = My key
console-me-key-intro = Your public key. Compare it with what your supervisor sees before they add it.
console-me-sessions = Sessions
console-me-sessions-intro = If you signed in on a computer you no longer use, or think someone else may have, sign out on all devices.

## Officer console (browser messages)

js-console-status-received = Received
js-console-status-under_review = Under review
js-console-status-action_taken = Action taken
js-console-status-referred = Referred
js-console-status-closed = Closed
js-console-outcome-investigation_opened = Investigation opened
js-console-outcome-protection_measures = Protection measures taken
js-console-outcome-referred_to_partner = Referred to a partner organisation
js-console-outcome-referred_to_other_authority = Referred to another authority
js-console-outcome-no_offence_identified = No offence identified
js-console-outcome-insufficient_information = Insufficient information
js-console-outcome-resolved = Resolved
js-console-category-gbv = Gender-based violence
js-console-category-child-protection = Child protection
js-console-category-trafficking-smuggling = Trafficking and smuggling
js-console-category-hate-crime = Hate crime
js-console-category-community-policing = Community policing
js-console-category-police-conduct = Police conduct
js-console-category-unsure = Unclassified (reporter unsure)
js-console-role-member = Member
js-console-role-supervisor = Supervisor
js-console-key-kind-officer = Officer
js-console-key-kind-recovery = Recovery key
js-console-language-en = English
js-console-language-fr = French
js-console-language-ar = Arabic
js-console-urgent = Urgent
js-console-unread = New message
js-console-received = Received
js-console-updated = updated
js-console-assigned-to = Assigned to
js-console-unassigned = Not assigned
js-console-none = None
js-console-yes = Yes
js-console-no = No
js-console-inactive = Inactive
js-console-thread-report = Report
js-console-thread-reporter = Message from the reporter
js-console-thread-reply = Reply to the reporter
js-console-thread-note = Internal note
js-console-thread-unknown = Message of unknown origin
js-console-thread-unreadable = This message cannot be decrypted with your key. Your key was probably not yet in the unit's set when it was sent.
js-console-thread-invalid = The content of this message is not in the expected format.
js-console-thread-mismatch = Warning: the content of this message does not match its sender. Treat it with caution.
js-console-thread-empty = No messages.
js-console-thread-some-locked = Some messages could not be decrypted with your key.
js-console-field-what = What happened
js-console-field-when = When
js-console-field-where = Where
js-console-field-who = People involved
js-console-field-consent = Consents to referral to a support organisation
js-console-field-empty = Not given
js-console-assign-nobody = Nobody
js-console-assign-me = Me
js-console-assign-saved = The assignment was saved.
js-console-status-saved = The status was saved.
js-console-reply-sent = The reply was sent.
js-console-note-saved = The note was saved.
js-console-add-to-set = Add to the key set
js-console-revoke = Revoke
js-console-revoke-confirm = Confirm revocation
js-console-key-active = Active
js-console-key-revoked = Revoked
js-console-key-in-set = your key is in the key set
js-console-key-not-in-set = your key is not in the key set yet
js-console-set-updated = The key set was updated. New version:
js-console-audit-verified = The audit log chain is intact.
js-console-audit-broken = Warning: the audit log chain is broken. Report this to the oversight body at once. Detail:
js-console-enrol-qr = QR code to scan with your authenticator app
js-console-progress-signin = Signing in…
js-console-progress-key = Creating and locking your key. This takes a few seconds…
js-console-progress-unlock = Unlocking your key. This takes a few seconds…
js-console-progress-loading = Loading…
js-console-progress-decrypting = Loading and decrypting the case…
js-console-progress-sending = Encrypting and sending…
js-console-progress-saving = Saving…
js-console-signed-out = You are signed out.
js-console-signed-out-all = You are signed out on all devices.
js-console-signed-out-locally = The server could not be reached to end your session. Everything was removed from this page; sign out again later, or sign out on all devices.
js-console-locked = The console is locked. Enter your passphrase to continue.
js-console-locked-idle = The console was locked after a period of inactivity.
js-console-error-generic = Something went wrong. Please try again.
js-console-error-network = The server cannot be reached. Check your connection and try again.
js-console-error-invalid_credentials = Username, password or code not accepted.
js-console-error-totp_required = Enter the 6-digit code from your authenticator app.
js-console-error-totp_replayed = This code has already been used. Wait for the next code in your app, then try again.
js-console-error-totp_format = The code must be 6 digits.
js-console-error-enrol_code = This code was not accepted. Check that the time on your phone is correct, then enter the current code.
js-console-error-officer_disabled = This account is disabled. Contact your administrator.
js-console-error-too_many_attempts = Too many attempts from this device or network. Wait for the time shown, then try again.
js-console-error-session_expired = Your session has ended. Sign in again.
js-console-error-csrf_failed = The request was refused for security reasons. Reload the page and try again.
js-console-error-forbidden = You do not have the right to do this.
js-console-error-not_found = This case does not exist or does not belong to your units.
js-console-error-no_key = This member has not created a key yet.
js-console-error-keys_changed = The unit's key set changed while you were writing. Please send again.
js-console-error-thread_full = This case has reached the maximum number of messages.
js-console-error-too_long = The text is too long. Please shorten it.
js-console-error-no_unit_keys = This unit has no active keys: nothing can be encrypted for it.
js-console-error-no_reply_recipient = This case has no reply key: the reporter cannot receive replies.
js-console-error-unavailable = The service is busy or unavailable. Nothing was saved; try again in a moment.
js-console-error-unsure_sent = The connection failed while sending. Check the thread below before sending again: it may have been saved.
js-console-error-passphrase_too_short = The passphrase must have at least 12 characters.
js-console-error-passphrase_mismatch = The two passphrases are not the same.
js-console-error-wrong_passphrase = Wrong passphrase.
js-console-error-key_malformed = Your stored key is damaged. Create a new key.
js-console-error-key_mismatch = The stored key does not match your registered public key. Create a new key and inform your supervisor.
js-console-error-crypto = This browser cannot run the console's encryption. Use an up-to-date browser.

## Officer console: referral, transfer, re-key, notifications (page)

console-case-consent = Referral consent
console-case-referrals = Referrals
console-refer-title = Refer to a partner organisation
console-refer-hint = The copy is encrypted on this computer for the partner's keys only: neither your unit nor the reporter can open it. Share only what the partner needs. The reporter will see the status Referred.
console-refer-no-consent = The reporter did not agree to be referred to a support organisation. A referral cannot be made.
console-refer-partner = Partner organisation
console-refer-text = Message for the partner
console-refer-text-hint = What the partner needs to know to help, and how the person can be reached if they agreed to it.
console-refer-include-report = Include the report as the reporter wrote it
console-refer-submit = Send the referral
console-transfer-title = Transfer to another unit
console-transfer-hint = The whole case is re-encrypted on this computer for the other unit. Your unit loses access at once, and the assignment is cleared. The reporter's follow-up keeps working.
console-transfer-unit = Receiving unit
console-transfer-submit = Transfer the case
console-rekey-title = Re-encrypt older cases
console-rekey-intro = After a key is added to or revoked from the set, open cases are still encrypted for the previous set. Re-encrypting them on this computer lets new members read them and stops revoked keys from opening the stored copies. Copies taken earlier are not affected.
console-rekey-remaining = Open cases still encrypted for an earlier key set:
console-rekey-start = Re-encrypt now
console-notify-title = Notifications
console-notify-intro = E-mails from the console never say anything about a report: no reference, category, area or time. Urgent reports are notified at once unless notifications are off.
console-notify-mode = Notify me
console-notify-each = At each new event in my units
console-notify-digest = In a daily summary
console-notify-off = Never
console-notify-email = E-mail address
console-notify-email-hint = Preferably a work address. Not needed if notifications are off.
console-notify-submit = Save my preferences

## Officer console: referral, transfer, re-key, notifications (browser messages)

js-console-consent-yes = The reporter agreed to be referred to a support organisation
js-console-consent-no = No consent to referral
js-console-transfer-submit = Transfer the case
js-console-transfer-confirm = Confirm the transfer
js-console-transfer-done = The case was transferred to:
js-console-progress-reencrypting = Re-encrypting the case on this computer…
js-console-refer-done = The referral was sent.
js-console-rekey-progress = Re-encrypting case
js-console-rekey-done = Cases re-encrypted:
js-console-rekey-skipped = cases skipped (the reason for each is listed below):
js-console-notify-saved = Your preferences were saved.
js-console-error-thread_changed = The case changed while you were working on it. Try again.
js-console-error-undecryptable = Some messages of this case cannot be decrypted with your key, so it cannot be re-encrypted. A colleague whose key opens them can do it.
js-console-error-no_consent = The reporter did not agree to a referral.
js-console-error-unknown_partner = This partner organisation is not available.
js-console-error-unknown_unit = This unit is not available.
js-console-error-not_a_member = This officer is not a member of the unit.
js-console-error-cannot_revoke = This key cannot be revoked now: the unit must keep at least one active key.
js-console-error-invalid_email = Enter a valid e-mail address, or choose not to be notified.
js-console-error-invalid_query = These filters cannot be used together. Change them and try again.

## Officer console: security key (passkey) and attachments

console-unlock-passkey-intro = You keep a copy of your key on a security key or passkey. Use it to unlock.
console-unlock-passkey = Unlock with security key
console-unlock-or-passphrase = Or unlock with your passphrase:
console-passkey-title = Security key or passkey
console-passkey-intro = You can also unlock your key with a security key or a passkey on this device, instead of typing your passphrase. Your passphrase keeps working: it is the way back if the security key is lost.
console-passkey-add = Add a security key or passkey
console-passkey-remove = Remove the security key
console-passkey-hint = Your browser will ask you to touch the security key or to confirm with this device up to three times: to create it, to lock a copy of your key with it, and to check that copy.
js-console-passkey-state-on = A security key can unlock your key.
js-console-passkey-state-off = No security key yet: you unlock with your passphrase.
js-console-passkey-remove = Remove the security key
js-console-passkey-remove-confirm = Confirm removal
js-console-passkey-progress-add = Follow your browser’s instructions: touch the security key or confirm on this device…
js-console-passkey-progress-unlock = Touch your security key or confirm on this device…
js-console-passkey-added = The security key was added. Next time, you can unlock with it.
js-console-passkey-removed = The security key was removed. Unlock with your passphrase from now on.
js-console-passkey-error-unsupported = This browser cannot use a security key here. Use your passphrase.
js-console-passkey-error-no_prf = This security key or browser cannot protect a key (it lacks the PRF function). Use your passphrase, or try another security key or an up-to-date browser.
js-console-passkey-error-cancelled = The security key was not used (cancelled or timed out). Nothing changed; try again or use your passphrase.
js-console-passkey-error-exists = This security key is already registered. Use another one, or remove the old registration first.
js-console-passkey-error-wrong_key = This is not the security key that holds your key. Try another one, or use your passphrase.
js-console-passkey-error-failed = The security key did not work. Nothing changed; try again or use your passphrase.
js-console-passkey-error-no_key = Create your key with a passphrase first.
js-console-passkey-error-verify = The copy made with the security key could not be checked, so it was not saved. Try again.
js-console-attachments-title = Attachments:
js-console-attachments-mismatch = Warning: the number of attachments does not match what the reporter’s message describes.
js-console-attachment-kind-photo = Photograph
js-console-attachment-kind-document = Document file
js-console-attachment-kind-voice = Voice recording
js-console-attachment-kind-other = File
js-console-attachment-encrypted-size = encrypted size
js-console-attachment-metadata-removed = Location and camera data were removed on the reporter’s device.
js-console-attachment-metadata-kept = The reporter kept the location and camera data as evidence: take care before sharing this photo.
js-console-attachment-locked = This attachment cannot be decrypted with your key.
js-console-attachment-download = Download
js-console-attachment-play = Play the recording
js-console-attachment-progress = Decrypting the attachment…
js-console-attachment-saved = Decrypted and checked. Saved as:
js-console-attachment-error-undecryptable = This attachment cannot be decrypted with your key.
js-console-attachment-error-undescribed = The reporter’s message does not describe this attachment, so it cannot be checked. It was not saved.
js-console-attachment-error-size = This attachment is shorter than described: it may have been cut. It was not saved.
js-console-attachment-error-sha256_mismatch = Warning: this attachment does not match the fingerprint in the reporter’s message. It may have been altered. It was not saved.
js-console-rekey-items = messages and attachments

## Files, voice messages and the "before you send" reminder (report and follow-up pages)

attach-legend = Photos, documents or a voice message
attach-hint = You can add photos, documents or a voice message. They are locked (encrypted) like your text. Hidden details that show where a photo was taken are removed first.
attach-add-photo = Add a photo
attach-add-file = Add a document
attach-record-voice = Record a voice message
attach-list-label = Files you added
voice-recording = Recording
voice-stop = Stop recording
identify-title = Before you send: this may show who you are
identify-body = Your text seems to contain the details listed above. That is fine if you want the unit to have them: only the unit can read your report. If they are not needed, or could put you or someone else in danger, go back and remove them.
identify-edit = Go back and edit
identify-send = Send anyway

## Files, voice messages and the "before you send" reminder (browser messages)

js-unit-kb = KB
js-unit-mb = MB
js-attach-kind-photo = Photo
js-attach-kind-document = Document
js-attach-kind-voice = Voice message
js-attach-remove = Remove
js-attach-cleaned = Hidden details (place, time, phone model) were removed from this photo.
js-attach-kept = This photo will be sent with its hidden details (place, time, phone model).
js-attach-keep-details = Keep location and camera details as evidence
js-attach-keep-details-hint = Only if the police should see where and when the photo was taken. These details can also show where you were and which phone you use.
js-attach-uncleanable = We cannot remove hidden details (such as the place where it was taken) from this kind of photo. It will be sent as a document, exactly as it is. Remove it if that could put you in danger.
js-attach-document-as-is = This file is sent exactly as it is. Documents and videos can hold hidden details, such as a name or a place. Remove it if that could put you in danger.
js-attach-send-as-photo = This is a photo: send it as a photo, with its details
js-attach-error-too-many = You cannot add more files. The most you can send at once:
js-attach-error-too-large = This file is too large. The largest file you can send:
js-attach-error-total = These files are too large together. The most you can send at once:
js-attach-error-read = This file could not be read. Try another one.
js-voice-recording = Recording… Press “Stop recording” when you have finished.
js-voice-done = Your voice message is ready. You can listen to it before sending.
js-voice-denied = The microphone could not be used. You can write instead, or allow the microphone in your browser settings.
js-voice-preview = Listen to your voice message
js-voice-rerecord = Record again
js-progress-encrypting-files = Locking (encrypting) your files…
js-error-too-many-attachments = Too many files. Remove some and try again.
js-error-attachment-too-large = One of the files is too large. Remove it or choose a smaller one.
js-error-attachments-too-large = The files are too large together. Remove some and try again.
js-identify-phone = a phone number
js-identify-email = an e-mail address
js-identify-id = an ID, passport or other long number
js-identify-iban = a bank account number (IBAN)
js-identify-address = a street address
js-thread-files = Files:
js-message-empty = Write a message or add a file.

## Guided questions, emergency numbers and simpler words (home and report pages)

home-simple-link = Simpler words (for children and young people)
simple-toggle-on = Simpler words
simple-toggle-off = Usual words
emergency-title = Numbers to call now
emergency-hint = Call one of them if someone is in danger: this site cannot send help right away.
field-child-label = A child is involved
field-child-hint = Tick this if someone under 18 was hurt, saw it happen or is at risk. The unit will take extra care.
field-contact-label = The unit may contact me
field-contact-hint = Only if you want it. If you do not tick this, the unit will only answer through your follow-up code.
field-contact-how-label = How and when is it safe to contact you?
field-contact-how-hint = For example: a phone number and the hours when you are alone, or a person you trust.
field-contact-caution = The safest way is to read the unit’s replies with your follow-up code. A call or a message may be seen or heard by someone else.
js-emergency-shown = Numbers to call now are shown below this question.

## Simpler words for children and young people (report page, ?simple=1)

report-intro-simple = Tell us only what you want to tell. You can write in any language. You will not get in trouble.
field-what-label-simple = What happened?
field-what-hint-simple = Write it in your own words. Short is fine.
field-when-label-simple = When did it happen?
field-when-hint-simple = For example: today, last night, last week. You can guess.
field-where-label-simple = Where did it happen?
field-where-hint-simple = For example: at home, at school, in the street, in a camp.
field-who-label-simple = Who did it, or who was there?
field-who-hint-simple = You can write names, or what the people look like.
field-region-label-simple = Area
field-region-hint-simple = This helps us find the right team. You do not have to choose.
field-urgent-label-simple = Someone is in danger now
field-urgent-hint-simple = If someone could get hurt now, call one of the numbers that will show up here. This site cannot send help right away.
field-child-label-simple = A child is part of this
field-child-hint-simple = Tick this if it is about you or another child (under 18).
field-contact-label-simple = You can contact me
field-contact-hint-simple = Only if you want. If not, you can read our answer with your secret code.
field-contact-how-label-simple = How and when is it safe to reach you?
field-contact-how-hint-simple = For example: a phone number and a time when you are alone, or a grown-up you trust.
field-contact-caution-simple = Reading our answer with your secret code is the safest. Someone else might see a call or a message.
field-referral-label-simple = You can ask people whose job is to help (a safe place to stay, a doctor, a lawyer) to help me
field-referral-hint-simple = You can say no. You can also ask for help later.

# Console: guided answers of a report
js-console-field-child = A child is involved
js-console-field-contact = The unit may contact them

# Receipt: the code as a small file
receipt-save = Save as a file
js-saved-file = Saved as “note.txt”. Keep it where no one else looks, or delete it once you have written the code down.
receipt-save-hint = A saved file stays on this phone and in the browser’s list of downloads: delete both once you no longer need them.
js-console-error-key_changed = Your key was changed in another window. Unlock again, then add the security key again.

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = Re-encrypted: waiting for a supervisor's check
console-reencryption-hint = This computer cannot tell whether the new copies are sound, and neither can the server. Until a supervisor checks that every one opens, the earlier copies are kept and can be restored. If nobody checks, the earlier copies are deleted on the date shown.
console-reencryption-confirm = Check and confirm
console-reencryption-restore = Restore the earlier copies
console-reencryption-supervisors = Only the unit's supervisors can transfer or re-encrypt a case, and confirm or undo it.
console-rekey-unconfirmed = Re-encrypted cases waiting for a check:
console-rekey-check = Check and confirm them
js-console-reencryption-by = Re-encrypted by
js-console-reencryption-from = from
js-console-reencryption-until = earlier copies kept until
js-console-reencryption-restore = Restore the earlier copies
js-console-reencryption-restore-confirm = Confirm: restore the earlier copies
js-console-reencryption-confirmed = Checked: every copy opens. The earlier copies have been deleted.
js-console-reencryption-shut = Some copies do not open with your key. Restore the earlier copies, or ask a colleague whose key opens them to check.
js-console-reencryption-restored = The earlier copies are back.
js-console-progress-checking = Checking that every copy opens…
js-console-rekey-checked = Cases checked and confirmed:
js-console-rekey-check-skipped = cases not confirmed:
js-console-error-reencryption_pending = This case's last re-encryption has not been checked yet. Open the case and confirm or restore it first.
js-console-error-not_pending = Nothing is waiting for a check in this case any more.
js-console-error-added_since_transfer = Messages were added since the transfer; they would not open in the former unit, so the earlier copies cannot be restored. Confirm the new copies instead; the case can then be transferred back.

# Spam or abuse marks, and cases whose content was deleted.
console-case-purged = The report, messages and files of this case were deleted when its retention period ended. Only its record remains: status history and audit entries. Deleted:
console-reencryption-not-restorable = Messages were added since the transfer, so the earlier copies can no longer be restored. Check that the new copies open and confirm them.
console-flag-title = Spam or abuse
console-flag-hint = A case marked as spam or abuse is closed. The reporter can still read it with their follow-up code but can no longer write, and it is deleted sooner than other cases. Opening the case again removes the mark.
console-flag-supervisors = Only the unit's supervisors can mark a case as spam or abuse, or remove the mark.
console-flag-kind = Mark as
console-flag-spam = Spam
console-flag-abuse = Abuse of the service
console-flag-submit = Mark the case
js-console-flag-submit = Mark the case
js-console-flag-confirm = Confirm: close the case and mark it
js-console-flag-remove = Remove the mark
js-console-flag-current = Marked as
js-console-flag-purge-after = deleted after
js-console-flag-saved = The case is marked and closed. Its reporter can no longer write to it.
js-console-flag-removed = The mark is removed. The case stays closed until someone opens it again.
js-console-flag-spam = Spam
js-console-flag-abuse = Abuse
js-console-error-check_failed = At least one message or file of this case does not open with your key, so it was not confirmed. A colleague whose key opens it can check it, or a supervisor can restore the earlier copies from the case.
js-console-error-case_purged = This case's content has been deleted; only its record remains.
