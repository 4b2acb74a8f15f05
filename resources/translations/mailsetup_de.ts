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
