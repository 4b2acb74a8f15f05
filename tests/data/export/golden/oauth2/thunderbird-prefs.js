// Thunderbird account for anna.example@gmail.com (Google Mail (Test)), written by Mail Setup Assistant.
// For a NEW, empty profile only: close Thunderbird, save this file as user.js in the
// profile folder and start Thunderbird once.
// CAUTION: Thunderbird applies user.js at every start, and the line
// mail.accountmanager.accounts would then replace the account list each time and hide
// accounts you add later. Delete user.js after the first start: the account stays.
// No password is stored here: Thunderbird asks for it when it first connects.

user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account1.identities", "id1");

user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.hostname", "imap.gmail.com");
user_pref("mail.server.server1.port", 993);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.authMethod", 10);
user_pref("mail.server.server1.userName", "anna.example@gmail.com");
user_pref("mail.server.server1.name", "anna.example@gmail.com");
user_pref("mail.server.server1.check_new_mail", true);
user_pref("mail.server.server1.check_time", 10);

user_pref("mail.identity.id1.useremail", "anna.example@gmail.com");
user_pref("mail.identity.id1.fullName", "Anna Example");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id1.valid", true);

user_pref("mail.smtpservers", "smtp1");
user_pref("mail.smtpserver.smtp1.type", "smtp");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.gmail.com");
user_pref("mail.smtpserver.smtp1.port", 465);
user_pref("mail.smtpserver.smtp1.try_ssl", 3);
user_pref("mail.smtpserver.smtp1.authMethod", 10);
user_pref("mail.smtpserver.smtp1.username", "anna.example@gmail.com");
user_pref("mail.smtpserver.smtp1.description", "Google Mail (Test)");
