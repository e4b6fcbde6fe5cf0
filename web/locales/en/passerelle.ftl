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
report-metadata-note = The server only sees the type of report, the area if you chose one, the language of the page and whether it is urgent. It cannot read what you write.
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
js-progress-sending = Sending…
js-progress-retrying = The connection is slow. Trying again…
js-progress-opening = Opening your report…
js-error-network = We could not reach the server. Check your connection and try again. Your text is still here.
js-error-generic = Something went wrong. Please try again.
js-error-no-unit = This kind of report cannot be received right now. Please try again later.
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
