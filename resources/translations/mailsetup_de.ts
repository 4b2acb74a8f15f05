<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddressError</name>
    <message>
        <source>Please enter an e-mail address.</source>
        <translation>Bitte geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The address has no “@”. An e-mail address looks like name@example.com.</source>
        <translation>Der Adresse fehlt das „@“. Eine E-Mail-Adresse sieht so aus: name@beispiel.de.</translation>
    </message>
    <message>
        <source>The address contains more than one “@”.</source>
        <translation>Die Adresse enthält mehr als ein „@“.</translation>
    </message>
    <message>
        <source>There is nothing before the “@”.</source>
        <translation>Vor dem „@“ steht nichts.</translation>
    </message>
    <message>
        <source>There is nothing after the “@”.</source>
        <translation>Nach dem „@“ steht nichts.</translation>
    </message>
    <message>
        <source>The part before the “@” is %1 characters long; at most 64 are allowed.</source>
        <translation>Der Teil vor dem „@“ ist %1 Zeichen lang; erlaubt sind höchstens 64.</translation>
    </message>
    <message>
        <source>The address is %1 characters long; at most 254 are allowed.</source>
        <translation>Die Adresse ist %1 Zeichen lang; erlaubt sind höchstens 254.</translation>
    </message>
    <message>
        <source>The character “%1” is not allowed in an e-mail address.</source>
        <translation>Das Zeichen „%1“ ist in einer E-Mail-Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <source>The address contains two dots in a row.</source>
        <translation>Die Adresse enthält zwei Punkte hintereinander.</translation>
    </message>
    <message>
        <source>The part “%1” must not start or end with a dot.</source>
        <translation>Der Teil „%1“ darf nicht mit einem Punkt beginnen oder enden.</translation>
    </message>
    <message>
        <source>The address ends with a dot. Remove the dot at the end.</source>
        <translation>Die Adresse endet mit einem Punkt. Entfernen Sie den Punkt am Ende.</translation>
    </message>
    <message>
        <source>The part “%1” of the domain is longer than 63 characters.</source>
        <translation>Der Teil „%1“ der Domain ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <source>The part “%1” of the domain must not start or end with a hyphen.</source>
        <translation>Der Teil „%1“ der Domain darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>The domain “%1” has no dot. Is the ending missing, such as “.de” or “.com”?</source>
        <translation>Die Domain „%1“ enthält keinen Punkt. Fehlt die Endung, etwa „.de“ oder „.com“?</translation>
    </message>
    <message>
        <source>The domain “%1” is not a valid international domain name.</source>
        <translation>Die Domain „%1“ ist kein gültiger internationaler Domainname.</translation>
    </message>
    <message>
        <source>The address contains a space. Remove it.</source>
        <translation>Die Adresse enthält ein Leerzeichen. Entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>AutoconfigXmlWriter</name>
    <message>
        <source>Settings for mail programs</source>
        <translation>Einstellungen für E-Mail-Programme</translation>
    </message>
</context>
<context>
    <name>ExportRefusal</name>
    <message>
        <source>An Autodiscover response cannot describe the sign-in %1 requires (OAuth2). Mail programs find %1&apos;s settings by themselves: add the account by its address (%2).</source>
        <translation>Eine Autodiscover-Antwort kann die Anmeldung, die %1 verlangt (OAuth2), nicht beschreiben. E-Mail-Programme finden die Einstellungen von %1 selbst: Fügen Sie das Konto mit seiner Adresse hinzu (%2).</translation>
    </message>
    <message>
        <source>No usable server settings are known for %1, so there is nothing to export.</source>
        <translation>Für %1 sind keine nutzbaren Servereinstellungen bekannt; es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>%1 offers no %2 server. Export the %3 settings instead.</source>
        <translation>%1 bietet keinen %2-Server an. Exportieren Sie stattdessen die %3-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 assigns its own account names, and this file must contain yours. Give your account name (on the command line: --username NAME) and export again. Where to find it: %2</source>
        <translation>%1 vergibt eigene Kontonamen, und diese Datei muss Ihren enthalten. Geben Sie Ihren Kontonamen an (in der Befehlszeile: --username NAME) und exportieren Sie erneut. Wo Sie ihn finden: %2</translation>
    </message>
    <message>
        <source>Apple profiles cannot set up the sign-in %1 requires at %2 (OAuth2). Add the account on the device instead: Settings &gt; Mail &gt; Accounts &gt; Add Account, then choose the provider or enter %3.</source>
        <translation>Apple-Profile können die Anmeldung, die %1 bei %2 verlangt (OAuth2), nicht einrichten. Fügen Sie das Konto stattdessen direkt auf dem Gerät hinzu: Einstellungen &gt; Mail &gt; Accounts &gt; Account hinzufügen, dann den Anbieter wählen oder %3 eingeben.</translation>
    </message>
    <message>
        <source>An Outlook profile file cannot set up the sign-in %1 requires at %2 (%3). Add the account in Outlook by its address instead (File &gt; Add Account, enter %4); Outlook then opens the provider&apos;s sign-in page.</source>
        <translation>Eine Outlook-Profildatei kann die Anmeldung, die %1 bei %2 verlangt (%3), nicht einrichten. Fügen Sie das Konto stattdessen in Outlook mit seiner Adresse hinzu (Datei &gt; Konto hinzufügen, %4 eingeben); Outlook öffnet dann die Anmeldeseite des Anbieters.</translation>
    </message>
    <message>
        <source>Outlook profile files are 8-bit text (Windows-1252) and cannot hold %1. Add the account in Outlook by hand instead.</source>
        <translation>Outlook-Profildateien sind 8-Bit-Text (Windows-1252) und können %1 nicht aufnehmen. Richten Sie das Konto stattdessen in Outlook von Hand ein.</translation>
    </message>
    <message>
        <source>%1 accepts only this sign-in at %2: %3. Thunderbird cannot use it for this server. Set the account up in a mail program that supports it, or ask %1 for another way to sign in.</source>
        <translation>%1 akzeptiert bei %2 nur diese Anmeldung: %3. Thunderbird kann sie für diesen Server nicht verwenden. Richten Sie das Konto in einem E-Mail-Programm ein, das sie unterstützt, oder fragen Sie %1 nach einer anderen Anmeldemöglichkeit.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Thunderbird profile import (ZIP)</source>
        <translation>Thunderbird-Profilimport (ZIP)</translation>
    </message>
    <message>
        <source>Thunderbird preferences (user.js)</source>
        <translation>Thunderbird-Einstellungsdatei (user.js)</translation>
    </message>
    <message>
        <source>Autoconfig file (config-v1.1.xml)</source>
        <translation>Autoconfig-Datei (config-v1.1.xml)</translation>
    </message>
    <message>
        <source>Outlook profile (PRF)</source>
        <translation>Outlook-Profil (PRF)</translation>
    </message>
    <message>
        <source>Outlook Autodiscover (XML)</source>
        <translation>Outlook-Autodiscover (XML)</translation>
    </message>
    <message>
        <source>Apple profile (.mobileconfig)</source>
        <translation>Apple-Profil (.mobileconfig)</translation>
    </message>
    <message>
        <source>Settings sheet (text)</source>
        <translation>Einstellungsblatt (Text)</translation>
    </message>
    <message>
        <source>Settings sheet (HTML)</source>
        <translation>Einstellungsblatt (HTML)</translation>
    </message>
    <message>
        <source>Settings sheet (PDF)</source>
        <translation>Einstellungsblatt (PDF)</translation>
    </message>
</context>
<context>
    <name>ImportInstructions</name>
    <message>
        <source>1. Save the file; do not unpack it.
2. In Thunderbird open Tools &gt; Import.
3. Choose &quot;Import from another Thunderbird installation&quot;, then &quot;Select a profile ZIP file&quot;, and pick the saved file.
4. Leave &quot;Accounts and settings&quot; ticked and start the import. Your other accounts stay as they are.
5. Restart Thunderbird when it asks. It asks for your password (or opens the provider&apos;s sign-in page) the first time it connects.</source>
        <translation>1. Speichern Sie die Datei; entpacken Sie sie nicht.
2. Öffnen Sie in Thunderbird „Extras &gt; Importieren“.
3. Wählen Sie „Aus einer anderen Thunderbird-Installation importieren“, dann „Profil-ZIP-Datei auswählen“, und wählen Sie die gespeicherte Datei.
4. Lassen Sie „Konten und Einstellungen“ angehakt und starten Sie den Import. Ihre anderen Konten bleiben, wie sie sind.
5. Starten Sie Thunderbird neu, wenn es darum bittet. Beim ersten Verbinden fragt Thunderbird nach Ihrem Passwort (oder öffnet die Anmeldeseite des Anbieters).</translation>
    </message>
    <message>
        <source>Only for a new, empty Thunderbird profile:
1. Create the profile (thunderbird -P, &quot;Create Profile&quot;) but do not start it yet.
2. Save the file as user.js in the new profile&apos;s folder.
3. Start Thunderbird with this profile: the account is there.
4. Close Thunderbird and delete user.js. Otherwise Thunderbird resets the account list at every start; the account itself stays.
5. Thunderbird asks for your password the first time it connects.</source>
        <translation>Nur für ein neues, leeres Thunderbird-Profil:
1. Legen Sie das Profil an (thunderbird -P, „Profil erstellen“), starten Sie es aber noch nicht.
2. Speichern Sie die Datei als user.js im Ordner des neuen Profils.
3. Starten Sie Thunderbird mit diesem Profil: Das Konto ist da.
4. Schließen Sie Thunderbird und löschen Sie user.js. Sonst setzt Thunderbird die Kontenliste bei jedem Start zurück; das Konto selbst bleibt erhalten.
5. Beim ersten Verbinden fragt Thunderbird nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>1. Publish the file on the domain&apos;s web server as https://autoconfig.DOMAIN/mail/config-v1.1.xml (served as text/xml), or copy it for a single computer as isp/DOMAIN.xml into Thunderbird&apos;s installation folder (e.g. /usr/lib/thunderbird/isp/).
2. In Thunderbird add the account (Account Settings &gt; Account Actions &gt; Add Mail Account) with name, address and password: Thunderbird finds these settings by itself.</source>
        <translation>1. Stellen Sie die Datei auf dem Webserver der Domain als https://autoconfig.DOMAIN/mail/config-v1.1.xml bereit (ausgeliefert als text/xml), oder kopieren Sie sie für einen einzelnen Computer als isp/DOMAIN.xml in den Installationsordner von Thunderbird (z. B. /usr/lib/thunderbird/isp/).
2. Fügen Sie in Thunderbird das Konto mit Name, Adresse und Passwort hinzu (Konten-Einstellungen &gt; Konten-Aktionen &gt; E-Mail-Konto hinzufügen): Thunderbird findet diese Einstellungen selbst.</translation>
    </message>
    <message>
        <source>Only for classic Outlook for Windows (not the new Outlook, not Outlook for Mac):
1. Close Outlook and save the file, e.g. as C:\Users\Public\mail.prf.
2. Press Windows+R and run: outlook.exe /importprf C:\Users\Public\mail.prf
3. Outlook starts with a new profile that contains the account. Enter your password when Outlook asks for it.</source>
        <translation>Nur für das klassische Outlook für Windows (nicht das neue Outlook, nicht Outlook für Mac):
1. Schließen Sie Outlook und speichern Sie die Datei, z. B. als C:\Users\Public\mail.prf.
2. Drücken Sie Windows+R und führen Sie aus: outlook.exe /importprf C:\Users\Public\mail.prf
3. Outlook startet mit einem neuen Profil, das das Konto enthält. Geben Sie Ihr Passwort ein, wenn Outlook danach fragt.</translation>
    </message>
    <message>
        <source>1. Publish the file on the domain&apos;s web server as https://autodiscover.DOMAIN/autodiscover/autodiscover.xml; the server must answer POST requests with it, as text/xml.
2. In Outlook (or Thunderbird) add the account by its address: the program finds these settings by itself.</source>
        <translation>1. Stellen Sie die Datei auf dem Webserver der Domain als https://autodiscover.DOMAIN/autodiscover/autodiscover.xml bereit; der Server muss POST-Anfragen damit beantworten, als text/xml.
2. Fügen Sie in Outlook (oder Thunderbird) das Konto mit seiner Adresse hinzu: Das Programm findet diese Einstellungen selbst.</translation>
    </message>
    <message>
        <source>1. Send the file to the iPhone or iPad (AirDrop or e-mail) and open it, or double-click it on the Mac.
2. iPhone/iPad: open Settings &gt; &quot;Profile Downloaded&quot; and tap Install. Mac: open System Settings &gt; Privacy &amp; Security &gt; Profiles and click Install.
3. Enter your password when asked. The profile shows as &quot;Unverified&quot; because it is not signed; that is expected.</source>
        <translation>1. Schicken Sie die Datei an das iPhone oder iPad (AirDrop oder E-Mail) und öffnen Sie sie dort, oder doppelklicken Sie sie auf dem Mac.
2. iPhone/iPad: Öffnen Sie „Einstellungen &gt; Profil geladen“ und tippen Sie auf „Installieren“. Mac: Öffnen Sie „Systemeinstellungen &gt; Datenschutz &amp; Sicherheit &gt; Profile“ und klicken Sie auf „Installieren“.
3. Geben Sie Ihr Passwort ein, wenn Sie danach gefragt werden. Das Profil wird als „Nicht überprüft“ angezeigt, weil es nicht signiert ist; das ist in Ordnung.</translation>
    </message>
    <message>
        <source>1. Print the sheet or send it to the person who sets up the mail program.
2. In the mail program add a new account and choose the manual setup.
3. Type in every value from the sheet: incoming server, then outgoing server.
4. Enter the password in the mail program only; it is not on the sheet.</source>
        <translation>1. Drucken Sie das Blatt aus oder schicken Sie es der Person, die das E-Mail-Programm einrichtet.
2. Legen Sie im E-Mail-Programm ein neues Konto an und wählen Sie die manuelle Einrichtung.
3. Tragen Sie jeden Wert vom Blatt ein: zuerst den Posteingangsserver, dann den Postausgangsserver.
4. Geben Sie das Passwort nur im E-Mail-Programm ein; es steht nicht auf dem Blatt.</translation>
    </message>
</context>
<context>
    <name>MobileconfigWriter</name>
    <message>
        <source>Sets up the e-mail account %1 in Mail. You enter the password when installing.</source>
        <translation>Richtet das E-Mail-Konto %1 in Mail ein. Das Passwort geben Sie bei der Installation ein.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mail Setup Assistant</source>
        <translation>E-Mail-Einrichtungsassistent</translation>
    </message>
</context>
<context>
    <name>SettingsResolver</name>
    <message>
        <source>The provider that took over these addresses is not in the catalog, so no servers can be shown.</source>
        <translation>Der Anbieter, der diese Adressen übernommen hat, ist nicht im Katalog. Deshalb können keine Server angezeigt werden.</translation>
    </message>
    <message>
        <source>These settings could not be confirmed from a current public source. They are the best known settings; if they do not work, ask your provider.</source>
        <translation>Diese Einstellungen konnten mit keiner aktuellen öffentlichen Quelle bestätigt werden. Es sind die besten bekannten Angaben; falls sie nicht funktionieren, fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>May be outdated: these settings were last checked on %1.</source>
        <translation>Möglicherweise veraltet: Diese Einstellungen wurden zuletzt am %1 geprüft.</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>E-mail settings for %1</source>
        <translation>E-Mail-Einstellungen für %1</translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation>Absendername: %1</translation>
    </message>
    <message>
        <source>Terms used</source>
        <translation>Verwendete Begriffe</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>checked on %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>may be outdated</source>
        <translation>möglicherweise veraltet</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>Weitere Möglichkeiten</translation>
    </message>
    <message>
        <source>Provider&apos;s help:</source>
        <translation>Hilfe des Anbieters:</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>This server offers no encryption: your password would travel unprotected.</source>
        <translation>Dieser Server bietet keine Verschlüsselung: Ihr Passwort würde ungeschützt übertragen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>none (unencrypted)</source>
        <translation>keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>normal password</source>
        <translation>Passwort, normal</translation>
    </message>
    <message>
        <source>encrypted password</source>
        <translation>Passwort, verschlüsselt</translation>
    </message>
    <message>
        <source>OAuth2 (sign-in in the browser)</source>
        <translation>OAuth2 (Anmeldung im Browser)</translation>
    </message>
    <message>
        <source>Kerberos (GSSAPI)</source>
        <translation>Kerberos (GSSAPI)</translation>
    </message>
    <message>
        <source>TLS client certificate</source>
        <translation>TLS-Client-Zertifikat</translation>
    </message>
    <message>
        <source>none (only from the provider&apos;s network)</source>
        <translation>keine (nur aus dem Netz des Anbieters)</translation>
    </message>
    <message>
        <source>fetch mail first (SMTP after POP)</source>
        <translation>zuerst E-Mails abrufen (SMTP nach POP)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>Sign-in in the browser</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>built-in catalog</source>
        <translation>eingebauter Katalog</translation>
    </message>
    <message>
        <source>built-in copy of Thunderbird&apos;s provider database (ISPDB)</source>
        <translation>eingebaute Kopie der Anbieter-Datenbank von Thunderbird (ISPDB)</translation>
    </message>
    <message>
        <source>your own catalog file</source>
        <translation>Ihre eigene Katalogdatei</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s online provider database</source>
        <translation>Online-Anbieter-Datenbank von Thunderbird</translation>
    </message>
    <message>
        <source>the provider&apos;s own configuration file</source>
        <translation>die Konfigurationsdatei des Anbieters</translation>
    </message>
    <message>
        <source>the domain&apos;s mail server (MX record)</source>
        <translation>der Mailserver der Domain (MX-Eintrag)</translation>
    </message>
    <message>
        <source>the domain&apos;s DNS service records (SRV)</source>
        <translation>die DNS-Diensteinträge der Domain (SRV)</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address:</source>
        <translation>Das ist keine gültige E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>No settings are known for %1.</source>
        <translation>Für %1 sind keine Einstellungen bekannt.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Domain in mail programs: %1</source>
        <translation>Domain für E-Mail-Programme: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>checked on %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>may be outdated</source>
        <translation>möglicherweise veraltet</translation>
    </message>
    <message>
        <source>Now served by: %1</source>
        <translation>Jetzt betreut von: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>Weitere Möglichkeiten:</translation>
    </message>
    <message>
        <source>Provider&apos;s help: %1</source>
        <translation>Hilfe des Anbieters: %1</translation>
    </message>
</context>
</TS>
