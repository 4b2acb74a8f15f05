// Thunderbird account for joerg@beispiel-mail.test (Beispiel Mail), written by Mail Setup Assistant.
// For a NEW, empty profile only: close Thunderbird, save this file as user.js in the
// profile folder and start Thunderbird once.
// CAUTION: Thunderbird applies user.js at every start, and the line
// mail.accountmanager.accounts would then replace the account list each time and hide
// accounts you add later. Delete user.js after the first start: the account stays.
// No password is stored here: Thunderbird asks for it when it first connects.

user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account1.identities", "id1");

user_pref("mail.server.server1.type", "pop3");
user_pref("mail.server.server1.hostname", "pop.beispiel-mail.test");
user_pref("mail.server.server1.port", 995);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.authMethod", 3);
user_pref("mail.server.server1.userName", "joerg");
user_pref("mail.server.server1.name", "joerg@beispiel-mail.test");
user_pref("mail.server.server1.check_new_mail", true);
user_pref("mail.server.server1.check_time", 10);
user_pref("mail.server.server1.leave_on_server", true);
user_pref("mail.server.server1.delete_by_age_from_server", true);
user_pref("mail.server.server1.num_days_to_leave_on_server", 14);
user_pref("mail.server.server1.download_on_biff", true);

user_pref("mail.identity.id1.useremail", "joerg@beispiel-mail.test");
user_pref("mail.identity.id1.fullName", "Jörg Müller");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id1.valid", true);

user_pref("mail.smtpservers", "smtp1");
user_pref("mail.smtpserver.smtp1.type", "smtp");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.beispiel-mail.test");
user_pref("mail.smtpserver.smtp1.port", 465);
user_pref("mail.smtpserver.smtp1.try_ssl", 3);
user_pref("mail.smtpserver.smtp1.authMethod", 3);
user_pref("mail.smtpserver.smtp1.username", "joerg@beispiel-mail.test");
user_pref("mail.smtpserver.smtp1.description", "Beispiel Mail");
