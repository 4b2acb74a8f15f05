// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ImportInstructions.h"

#include "i18n/Translation.h"

namespace mailsetup::ImportInstructions {

namespace {

const char *sourceText(ExportFormat format)
{
    switch (format) {
    case ExportFormat::ThunderbirdZip:
        return QT_TRANSLATE_NOOP("ImportInstructions",
                                 "1. Save the file; do not unpack it.\n"
                                 "2. In Thunderbird open Tools > Import.\n"
                                 "3. Choose \"Import from another Thunderbird installation\", then \"Select a profile "
                                 "ZIP file\", and pick the saved file.\n"
                                 "4. Leave \"Accounts and settings\" ticked and start the import. Your other accounts "
                                 "stay as they are.\n"
                                 "5. Restart Thunderbird when it asks. It asks for your password (or opens the "
                                 "provider's sign-in page) the first time it connects.");
    case ExportFormat::ThunderbirdPrefs:
        return QT_TRANSLATE_NOOP("ImportInstructions",
                                 "Only for a new, empty Thunderbird profile:\n"
                                 "1. Create the profile (thunderbird -P, \"Create Profile\") but do not start it yet.\n"
                                 "2. Save the file as user.js in the new profile's folder.\n"
                                 "3. Start Thunderbird with this profile: the account is there.\n"
                                 "4. Close Thunderbird and delete user.js. Otherwise Thunderbird resets the account "
                                 "list at every start; the account itself stays.\n"
                                 "5. Thunderbird asks for your password the first time it connects.");
    case ExportFormat::ThunderbirdAutoconfig:
        return QT_TRANSLATE_NOOP("ImportInstructions",
                                 "1. Publish the file on the domain's web server as "
                                 "https://autoconfig.DOMAIN/mail/config-v1.1.xml (served as text/xml), or copy it "
                                 "for a single computer as isp/DOMAIN.xml into Thunderbird's installation folder "
                                 "(e.g. /usr/lib/thunderbird/isp/).\n"
                                 "2. In Thunderbird add the account (Account Settings > Account Actions > Add Mail "
                                 "Account) with name, address and password: Thunderbird finds these settings by "
                                 "itself.");
    case ExportFormat::OutlookPrf:
        return QT_TRANSLATE_NOOP("ImportInstructions",
                                 "Only for classic Outlook for Windows (not the new Outlook, not Outlook for Mac):\n"
                                 "1. Close Outlook and save the file, e.g. as C:\\Users\\Public\\mail.prf.\n"
                                 "2. Press Windows+R and run: outlook.exe /importprf C:\\Users\\Public\\mail.prf\n"
                                 "3. Outlook starts with a new profile that contains the account. Enter your "
                                 "password when Outlook asks for it.");
    case ExportFormat::OutlookAutodiscover:
        return QT_TRANSLATE_NOOP("ImportInstructions",
                                 "1. Publish the file on the domain's web server as "
                                 "https://autodiscover.DOMAIN/autodiscover/autodiscover.xml; the server must answer "
                                 "POST requests with it, as text/xml.\n"
                                 "2. In Outlook (or Thunderbird) add the account by its address: the program finds "
                                 "these settings by itself.");
    case ExportFormat::AppleMobileconfig:
        return QT_TRANSLATE_NOOP("ImportInstructions",
                                 "1. Send the file to the iPhone or iPad (AirDrop or e-mail) and open it, or "
                                 "double-click it on the Mac.\n"
                                 "2. iPhone/iPad: open Settings > \"Profile Downloaded\" and tap Install. Mac: open "
                                 "System Settings > Privacy & Security > Profiles and click Install.\n"
                                 "3. Enter your password when asked. The profile shows as \"Unverified\" because it "
                                 "is not signed; that is expected.");
    case ExportFormat::SheetText:
    case ExportFormat::SheetHtml:
    case ExportFormat::SheetPdf:
        break;
    }
    return QT_TRANSLATE_NOOP("ImportInstructions",
                             "1. Print the sheet or send it to the person who sets up the mail program.\n"
                             "2. In the mail program add a new account and choose the manual setup.\n"
                             "3. Type in every value from the sheet: incoming server, then outgoing server.\n"
                             "4. Enter the password in the mail program only; it is not on the sheet.");
}

} // namespace

QString forFormat(ExportFormat format, Language language)
{
    return i18n::translate(language, "ImportInstructions", sourceText(format));
}

} // namespace mailsetup::ImportInstructions
