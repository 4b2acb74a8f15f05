<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mail Setup Assistant</source>
        <translation>Über den E-Mail-Einrichtungsassistenten</translation>
    </message>
</context>
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
    <name>AddressPage</name>
    <message>
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Type the address you want to set up. The assistant shows the settings your mail program needs.</source>
        <translation>Geben Sie die Adresse ein, die Sie einrichten möchten. Der Assistent zeigt die Einstellungen, die Ihr E-Mail-Programm braucht.</translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation>E-&amp;Mail-Adresse:</translation>
    </message>
    <message>
        <source>for example anna@example.com</source>
        <translation>zum Beispiel anna@example.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Address check</source>
        <translation>Prüfung der Adresse</translation>
    </message>
    <message>
        <source>Your name (&amp;optional):</source>
        <translation>Ihr Name (&amp;optional):</translation>
    </message>
    <message>
        <source>for example Anna Muster</source>
        <translation>zum Beispiel Anna Muster</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Recipients see this name as the sender. It only goes into exported files.</source>
        <translation>Empfänger sehen diesen Namen als Absender. Er wird nur in exportierte Dateien übernommen.</translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: the settings come from the catalog built into the program.</source>
        <translation>Nichts, was Sie hier eingeben, verlässt diesen Computer: Die Einstellungen stammen aus dem Katalog, der in das Programm eingebaut ist.</translation>
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
    <name>CatalogLoader</name>
    <message>
        <source>bundled providers.yaml</source>
        <translation>eingebauter Katalog providers.yaml</translation>
    </message>
    <message>
        <source>bundled ISPDB import</source>
        <translation>eingebauter ISPDB-Import</translation>
    </message>
</context>
<context>
    <name>CatalogStats</name>
    <message>
        <source>Providers:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <source>Statuses:</source>
        <translation>Status:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hosters)</source>
        <translation>
            <numerusform>%1 (davon %n Hoster)</numerusform>
            <numerusform>%1 (davon %n Hoster)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest verification: %1 (%2); %n entries older than %3 months</source>
        <translation>
            <numerusform>Am längsten ungeprüft: %2 (geprüft am %1); %n Eintrag ist älter als %3 Monate</numerusform>
            <numerusform>Am längsten ungeprüft: %2 (geprüft am %1); %n Einträge sind älter als %3 Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Layers (highest first):</source>
        <translation>Katalogebenen (höchste zuerst):</translation>
    </message>
    <message>
        <source>, commit %1</source>
        <translation>, Commit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n providers</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domains</source>
        <translation>
            <numerusform>%n Domain</numerusform>
            <numerusform>%n Domains</numerusform>
        </translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>CheckExplanations</name>
    <message>
        <source>The server name %1 was found: %2.</source>
        <translation>Der Servername %1 wurde gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 is reached at %2, as given with --resolve (DNS was not asked).</source>
        <translation>%1 wird unter %2 erreicht, wie mit --resolve angegeben (DNS wurde nicht gefragt).</translation>
    </message>
    <message>
        <source>The server name %1 does not exist. Check its spelling; the provider may also have renamed the server.</source>
        <translation>Den Servernamen %1 gibt es nicht. Prüfen Sie die Schreibweise; vielleicht hat der Anbieter den Server auch umbenannt.</translation>
    </message>
    <message>
        <source>The server name %1 could not be looked up (%2). Is there an internet connection?</source>
        <translation>Der Servername %1 konnte nicht nachgeschlagen werden (%2). Besteht eine Internetverbindung?</translation>
    </message>
    <message>
        <source>A connection to %1 on port %2 was made.</source>
        <translation>Eine Verbindung zu %1 auf Port %2 wurde hergestellt.</translation>
    </message>
    <message>
        <source>The server refuses connections on port %1: the port is probably wrong, or the service is switched off.</source>
        <translation>Der Server lehnt Verbindungen auf Port %1 ab: Der Port ist wahrscheinlich falsch, oder der Dienst ist abgeschaltet.</translation>
    </message>
    <message>
        <source>The server does not answer on port %1. A firewall may block this port.</source>
        <translation>Der Server antwortet nicht auf Port %1. Möglicherweise sperrt eine Firewall diesen Port.</translation>
    </message>
    <message>
        <source>The server closed the connection on port %1 without an answer.</source>
        <translation>Der Server hat die Verbindung auf Port %1 ohne Antwort beendet.</translation>
    </message>
    <message>
        <source>No encrypted connection could be made on port %1 (%2). Check whether the port expects SSL/TLS from the start or STARTTLS.</source>
        <translation>Auf Port %1 kam keine verschlüsselte Verbindung zustande (%2). Prüfen Sie, ob der Port SSL/TLS von Anfang an oder STARTTLS erwartet.</translation>
    </message>
    <message>
        <source>The connection on port %1 failed: %2.</source>
        <translation>Die Verbindung auf Port %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The server did not greet within %1 seconds. If this port expects SSL/TLS from the start, choose SSL/TLS instead of STARTTLS or no encryption.</source>
        <translation>Der Server hat sich nicht innerhalb von %1 Sekunden gemeldet. Falls dieser Port SSL/TLS von Anfang an erwartet, wählen Sie SSL/TLS statt STARTTLS oder keiner Verschlüsselung.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The connection was switched to encryption with STARTTLS (%1).</source>
        <translation>Die Verbindung wurde mit STARTTLS auf Verschlüsselung umgestellt (%1).</translation>
    </message>
    <message>
        <source>The connection is encrypted from the start (SSL/TLS, %1).</source>
        <translation>Die Verbindung ist von Anfang an verschlüsselt (SSL/TLS, %1).</translation>
    </message>
    <message>
        <source>The connection on port %1 is not encrypted: your password and your mail would travel unprotected. Use an encrypted setting if the provider offers one.</source>
        <translation>Die Verbindung auf Port %1 ist nicht verschlüsselt: Ihr Passwort und Ihre E-Mails würden ungeschützt übertragen. Verwenden Sie eine verschlüsselte Einstellung, wenn der Anbieter eine anbietet.</translation>
    </message>
    <message>
        <source>The certificate is valid for %1 (issued by %2, valid until %3).</source>
        <translation>Das Zertifikat ist für %1 gültig (ausgestellt von %2, gültig bis %3).</translation>
    </message>
    <message>
        <source>The certificate is for %1, not %2. The server name is probably wrong, or someone is intercepting the connection.</source>
        <translation>Das Zertifikat gilt für %1, nicht für %2. Wahrscheinlich ist der Servername falsch, oder jemand fängt die Verbindung ab.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2. The provider has to renew it.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen. Der Anbieter muss es erneuern.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet. Check the date and time of this computer.</source>
        <translation>Das Zertifikat von %1 ist noch nicht gültig. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The certificate of %1 was not issued by an authority this computer trusts (%2).</source>
        <translation>Das Zertifikat von %1 wurde nicht von einer Stelle ausgestellt, der dieser Computer vertraut (%2).</translation>
    </message>
    <message>
        <source>The certificate of %1 was not accepted (%2).</source>
        <translation>Das Zertifikat von %1 wurde nicht akzeptiert (%2).</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation>Der Server hat die Sitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The %1 server greets: &quot;%2&quot;.</source>
        <translation>Der %1-Server meldet sich: „%2“.</translation>
    </message>
    <message>
        <source>The server offers encryption (STARTTLS) on port %1 but refused to start it.</source>
        <translation>Der Server bietet auf Port %1 Verschlüsselung (STARTTLS) an, hat sie aber nicht gestartet.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS) on port %1. Your password would travel unprotected; try the SSL/TLS port instead.</source>
        <translation>Der Server bietet auf Port %1 keine Verschlüsselung (STARTTLS) an. Ihr Passwort würde ungeschützt übertragen; versuchen Sie stattdessen den SSL/TLS-Port.</translation>
    </message>
    <message>
        <source>The server gave an answer that does not fit: &quot;%1&quot;.</source>
        <translation>Der Server hat eine unpassende Antwort gegeben: „%1“.</translation>
    </message>
    <message>
        <source>The server did not list what it supports.</source>
        <translation>Der Server hat nicht aufgelistet, was er unterstützt.</translation>
    </message>
    <message>
        <source>The server supports: %1.</source>
        <translation>Der Server unterstützt: %1.</translation>
    </message>
    <message>
        <source>The server accepts no password on this connection%1.</source>
        <translation>Der Server nimmt über diese Verbindung kein Passwort an%1.</translation>
    </message>
    <message>
        <source>Sign-in methods offered: %1.</source>
        <translation>Angebotene Anmeldeverfahren: %1.</translation>
    </message>
    <message>
        <source>Signing in as %1 worked.</source>
        <translation>Die Anmeldung als %1 hat funktioniert.</translation>
    </message>
    <message>
        <source>The server did not accept the user name %1 with this password (%2). Check both; some providers need an app password.</source>
        <translation>Der Server hat den Benutzernamen %1 mit diesem Passwort nicht angenommen (%2). Prüfen Sie beides; manche Anbieter verlangen ein App-Passwort.</translation>
    </message>
    <message>
        <source>No password was given, so signing in was not tried.</source>
        <translation>Es wurde kein Passwort angegeben, daher wurde keine Anmeldung versucht.</translation>
    </message>
    <message>
        <source>The user name is not known (the provider assigns it), so signing in was not tried.</source>
        <translation>Der Benutzername ist nicht bekannt (der Anbieter vergibt ihn), daher wurde keine Anmeldung versucht.</translation>
    </message>
    <message>
        <source>Signing in was not tried: the password would have travelled unencrypted.</source>
        <translation>Die Anmeldung wurde nicht versucht: Das Passwort wäre unverschlüsselt übertragen worden.</translation>
    </message>
    <message>
        <source>Signing in was not tried: none of the offered methods (%1) can be used for this check.</source>
        <translation>Die Anmeldung wurde nicht versucht: Keines der angebotenen Verfahren (%1) kann für diese Prüfung verwendet werden.</translation>
    </message>
    <message>
        <source>The certificate is valid for %1.</source>
        <translation>Das Zertifikat ist für %1 gültig.</translation>
    </message>
    <message>
        <source>Your hoster gives every customer a server name of their own, and yours is not known here. Enter it in your mail program by hand (see the note at the server field).</source>
        <translation>Ihr Hoster vergibt jedem Kunden einen eigenen Servernamen, und Ihrer ist hier nicht bekannt. Tragen Sie ihn in Ihrem E-Mail-Programm von Hand ein (siehe Hinweis beim Feld „Server“).</translation>
    </message>
    <message>
        <source>The server sent more than %1 lines or %2 KiB in one answer, far more than a mail server sends. The check stopped listening; this is not a working mail server.</source>
        <translation>Der Server hat in einer Antwort mehr als %1 Zeilen oder %2 KiB geschickt, weit mehr als ein E-Mail-Server sendet. Die Prüfung hat aufgehört zuzuhören; das ist kein funktionierender E-Mail-Server.</translation>
    </message>
</context>
<context>
    <name>CheckProgressModel</name>
    <message>
        <source>checking …</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>does not work with these settings</source>
        <translation>funktioniert mit diesen Einstellungen nicht</translation>
    </message>
    <message>
        <source>check stopped</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2 %3, port %4 (%5) — %6</source>
        <translation>%1: %2 %3, Port %4 (%5) — %6</translation>
    </message>
</context>
<context>
    <name>CheckReportFormat</name>
    <message>
        <source>Result: this server works.</source>
        <translation>Ergebnis: Dieser Server funktioniert.</translation>
    </message>
    <message>
        <source>Result: this server does not work with these settings.</source>
        <translation>Ergebnis: Dieser Server funktioniert mit diesen Einstellungen nicht.</translation>
    </message>
</context>
<context>
    <name>ClientConfigParser</name>
    <message>
        <source>The configuration does not say which user name to use; ask your provider.</source>
        <translation>Die Konfiguration nennt keinen Benutzernamen; fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>the answer is too large to be a configuration file</source>
        <translation>die Antwort ist zu groß für eine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>the file contains a document type declaration, which a configuration file never needs</source>
        <translation>die Datei enthält eine Dokumenttyp-Deklaration, die eine Konfigurationsdatei nie braucht</translation>
    </message>
    <message>
        <source>the file is not valid XML (line %1, column %2: %3)</source>
        <translation>die Datei ist kein gültiges XML (Zeile %1, Spalte %2: %3)</translation>
    </message>
    <message>
        <source>the file is not a mail configuration (it starts with &lt;%1&gt;)</source>
        <translation>die Datei ist keine E-Mail-Konfiguration (sie beginnt mit &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the configuration file describes no mail provider</source>
        <translation>die Konfigurationsdatei beschreibt keinen E-Mail-Anbieter</translation>
    </message>
    <message>
        <source>the configuration file lists no usable incoming mail server</source>
        <translation>die Konfigurationsdatei nennt keinen brauchbaren Posteingangsserver</translation>
    </message>
    <message>
        <source>the configuration file lists no usable outgoing mail server</source>
        <translation>die Konfigurationsdatei nennt keinen brauchbaren Postausgangsserver</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>give exactly one catalog file</source>
        <translation>geben Sie genau eine Katalogdatei an</translation>
    </message>
    <message>
        <source>catalog stats takes no arguments, not &apos;%1&apos;</source>
        <translation>catalog stats erwartet keine Argumente, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>give exactly one ISPDB folder</source>
        <translation>geben Sie genau einen ISPDB-Ordner an</translation>
    </message>
    <message>
        <source>--output needs a file name</source>
        <translation>--output braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--force needs --output FILE</source>
        <translation>--force braucht --output DATEI</translation>
    </message>
    <message>
        <source>--source-commit must be a git commit id (7 to 40 hex digits)</source>
        <translation>--source-commit muss eine Git-Commit-ID sein (7 bis 40 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>no provider could be imported</source>
        <translation>kein Anbieter konnte importiert werden</translation>
    </message>
    <message>
        <source>%1 providers with %2 domains imported, %3 warnings</source>
        <translation>%1 Anbieter mit %2 Domains importiert, %3 Warnungen</translation>
    </message>
    <message>
        <source>which catalog command? check, stats or import-ispdb</source>
        <translation>welcher catalog-Befehl? check, stats oder import-ispdb</translation>
    </message>
    <message>
        <source>unknown catalog command &apos;%1&apos;</source>
        <translation>unbekannter catalog-Befehl „%1“</translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation>das Passwort kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>--password-stdin, but standard input holds no password</source>
        <translation>--password-stdin, aber die Standardeingabe enthält kein Passwort</translation>
    </message>
    <message>
        <source>give exactly one e-mail address</source>
        <translation>geben Sie genau eine E-Mail-Adresse an</translation>
    </message>
    <message>
        <source>--incoming must be imap or pop3</source>
        <translation>--incoming muss imap oder pop3 sein</translation>
    </message>
    <message>
        <source>no %1 server is known for %2</source>
        <translation>für %2 ist kein %1-Server bekannt</translation>
    </message>
    <message>
        <source>at least one server does not work with these settings</source>
        <translation>mindestens ein Server funktioniert mit diesen Einstellungen nicht</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>--lang must be de, en or both, not &apos;%1&apos;</source>
        <translation>--lang muss de, en oder both sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &apos;%2&apos;</source>
        <translation>--format muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 has errors and is ignored</source>
        <translation>%1 enthält Fehler und wird nicht verwendet</translation>
    </message>
    <message>
        <source>--%1 may be given only once</source>
        <translation>--%1 darf nur einmal angegeben werden</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Hilfe: „%1 --help“.</translation>
    </message>
    <message>
        <source>%1 no longer offers working mail servers</source>
        <translation>%1 bietet keine funktionierenden E-Mail-Server mehr an</translation>
    </message>
    <message>
        <source>no settings known for %1</source>
        <translation>keine Einstellungen für %1 bekannt</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (meinten Sie %1?)</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 gibt es schon; mit --force wird die Datei ersetzt</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>a command is needed after the options</source>
        <translation>nach den Optionen fehlt ein Befehl</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>--%1 muss eines von %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>this format is binary and is not written to a terminal; use --output FILE or redirect standard output</source>
        <translation>dieses Format ist binär und wird nicht in ein Terminal geschrieben; verwenden Sie --output DATEI oder leiten Sie die Standardausgabe um</translation>
    </message>
    <message>
        <source>--format is required</source>
        <translation>--format muss angegeben werden</translation>
    </message>
    <message>
        <source>an e-mail address is required</source>
        <translation>eine E-Mail-Adresse ist nötig</translation>
    </message>
    <message>
        <source>; nothing written</source>
        <translation>; nichts geschrieben</translation>
    </message>
    <message>
        <source>this program cannot render PDF here; use --format sheet-html and print that instead</source>
        <translation>dieses Programm kann hier kein PDF erzeugen; verwenden Sie --format sheet-html und drucken Sie stattdessen das</translation>
    </message>
    <message>
        <source>a catalog given with --catalog has errors</source>
        <translation>ein mit --catalog angegebener Katalog enthält Fehler</translation>
    </message>
    <message>
        <source>looking online for %1 …</source>
        <translation>suche online nach %1 …</translation>
    </message>
    <message>
        <source>--%1 needs --online</source>
        <translation>--%1 braucht --online</translation>
    </message>
    <message>
        <source>--dns-server must be an IP address, not &apos;%1&apos;</source>
        <translation>--dns-server muss eine IP-Adresse sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--source-date must be a date written YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--source-date muss ein Datum in der Form JJJJ-MM-TT sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the first line of standard input is not a password (longer than %1 bytes or with a NUL byte)</source>
        <translation>die erste Zeile der Standardeingabe ist kein Passwort (länger als %1 Byte oder mit einem NUL-Byte)</translation>
    </message>
    <message>
        <source>no settings found for %1, neither in the catalogs nor online</source>
        <translation>keine Einstellungen für %1 gefunden, weder in den Katalogen noch online</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory or a device); give the name of a file to write</source>
        <translation>%1 ist keine normale Datei (ein Ordner oder ein Gerät); geben Sie den Namen einer Datei an, die geschrieben werden soll</translation>
    </message>
    <message>
        <source>--ispdb-url must be an https:// URL (http:// only with --allow-http), not &apos;%1&apos;</source>
        <translation>--ispdb-url muss eine https://-Adresse sein (http:// nur mit --allow-http), nicht „%1“</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most %1, not &apos;%2&apos;</source>
        <translation>--timeout muss eine Anzahl Sekunden über 0 und höchstens %1 sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>ConfigDownload</name>
    <message>
        <source>%1 is not an https address, and unprotected addresses are not allowed</source>
        <translation>%1 ist keine https-Adresse, und ungeschützte Adressen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>the answer from %1 is too large for a configuration file</source>
        <translation>die Antwort von %1 ist zu groß für eine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>%1 did not answer with a configuration file (content type &quot;%2&quot;)</source>
        <translation>%1 hat nicht mit einer Konfigurationsdatei geantwortet (Inhaltstyp „%2“)</translation>
    </message>
    <message>
        <source>%1 has no configuration file (HTTP %2)</source>
        <translation>%1 hat keine Konfigurationsdatei (HTTP %2)</translation>
    </message>
    <message>
        <source>the server %1 could not be found (is there an internet connection?)</source>
        <translation>der Server %1 wurde nicht gefunden (besteht eine Internetverbindung?)</translation>
    </message>
    <message>
        <source>the server %1 does not exist</source>
        <translation>den Server %1 gibt es nicht</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>could not download from %1: %2</source>
        <translation>Herunterladen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 sent a redirect without a valid target</source>
        <translation>%1 hat eine Weiterleitung ohne gültiges Ziel geschickt</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet</translation>
    </message>
    <message>
        <source>%1 redirected to the unprotected address %2, which is refused</source>
        <translation>%1 hat an die ungeschützte Adresse %2 weitergeleitet; das wird abgelehnt</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation>%1 hat mit dem HTTP-Status %2 geantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConfigSource</name>
    <message>
        <source>found at %1</source>
        <translation>gefunden unter %1</translation>
    </message>
    <message>
        <source>downloaded without encryption from %1</source>
        <translation>unverschlüsselt von %1 heruntergeladen</translation>
    </message>
</context>
<context>
    <name>ConnectionOverrides</name>
    <message>
        <source>invalid --resolve &apos;%1&apos;: %2 (expected HOST:PORT:ADDRESS[:TARGETPORT])</source>
        <translation>ungültige Angabe für --resolve „%1“: %2 (erwartet: HOST:PORT:ADRESSE[:ZIELPORT])</translation>
    </message>
    <message>
        <source>too few parts</source>
        <translation>zu wenige Teile</translation>
    </message>
    <message>
        <source>PORT must be a number from 1 to 65535</source>
        <translation>PORT muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>missing &apos;]&apos;</source>
        <translation>„]“ fehlt</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos;</source>
        <translation>unerwarteter Text nach „]“</translation>
    </message>
    <message>
        <source>ADDRESS must be an IP address</source>
        <translation>ADRESSE muss eine IP-Adresse sein</translation>
    </message>
    <message>
        <source>TARGETPORT must be a number from 1 to 65535</source>
        <translation>ZIELPORT muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>%1: larger than 4 MiB, which no file of certificate authorities is</source>
        <translation>%1: größer als 4 MiB – so groß ist keine Datei mit Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>%1: no PEM certificate could be read</source>
        <translation>%1: enthält kein lesbares PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>your provider&apos;s outgoing mail server</source>
        <translation>der Postausgangsserver Ihres Anbieters</translation>
    </message>
    <message>
        <source>your provider&apos;s incoming mail server</source>
        <translation>der Posteingangsserver Ihres Anbieters</translation>
    </message>
    <message>
        <source>what a mail program sends to connect; with a password also your user name and the password, and only over an encrypted connection</source>
        <translation>das, was ein E-Mail-Programm zum Verbinden sendet; mit Passwort auch Ihren Benutzernamen und das Passwort, und zwar nur über eine verschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>your DNS server</source>
        <translation>Ihr DNS-Server</translation>
    </message>
    <message>
        <source>the names %1</source>
        <translation>die Namen %1</translation>
    </message>
    <message>
        <source>Checking the connection …</source>
        <translation>Die Verbindung wird geprüft …</translation>
    </message>
    <message>
        <source>Both servers work with these settings, and the sign-in with your password worked.</source>
        <translation>Beide Server funktionieren mit diesen Einstellungen, und die Anmeldung mit Ihrem Passwort hat geklappt.</translation>
    </message>
    <message>
        <source>Both servers work with these settings. Whether your password is right shows the first time your mail program signs in.</source>
        <translation>Beide Server funktionieren mit diesen Einstellungen. Ob Ihr Passwort stimmt, zeigt sich, wenn sich Ihr E-Mail-Programm zum ersten Mal anmeldet.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Neither server works with these settings. The lines marked with a red cross say why.</source>
        <translation>Keiner der beiden Server funktioniert mit diesen Einstellungen. Die Zeilen mit dem roten Kreuz sagen, warum.</translation>
    </message>
    <message>
        <source>The outgoing server does not work with these settings; the incoming server does. The lines marked with a red cross say why.</source>
        <translation>Der Postausgangsserver funktioniert mit diesen Einstellungen nicht, der Posteingangsserver schon. Die Zeilen mit dem roten Kreuz sagen, warum.</translation>
    </message>
    <message>
        <source>The incoming server does not work with these settings; the outgoing server does. The lines marked with a red cross say why.</source>
        <translation>Der Posteingangsserver funktioniert mit diesen Einstellungen nicht, der Postausgangsserver schon. Die Zeilen mit dem roten Kreuz sagen, warum.</translation>
    </message>
</context>
<context>
    <name>DiscoveredSettings</name>
    <message>
        <source>These settings were found in a way that cannot be verified (%1). Check them before you enter your password.</source>
        <translation>Diese Einstellungen wurden auf einem Weg gefunden, der sich nicht überprüfen lässt (%1). Prüfen Sie sie, bevor Sie Ihr Passwort eingeben.</translation>
    </message>
    <message>
        <source>DNS service records name only servers and ports. The user name is assumed to be your full e-mail address.</source>
        <translation>DNS-Diensteinträge nennen nur Server und Ports. Als Benutzername wird Ihre vollständige E-Mail-Adresse angenommen.</translation>
    </message>
    <message>
        <source>unsigned DNS records point to servers outside %1</source>
        <translation>nicht signierte DNS-Einträge verweisen auf Server außerhalb von %1</translation>
    </message>
</context>
<context>
    <name>DiscoveryPlan</name>
    <message>
        <source>the domain %1 (never your full address)</source>
        <translation>die Domain %1 (nie Ihre vollständige Adresse)</translation>
    </message>
    <message>
        <source>a question for the MX record of %1 to your DNS server; if the mail server belongs to another provider, that provider&apos;s domain goes to %2 and to its own autoconfig address</source>
        <translation>eine Anfrage nach dem MX-Eintrag von %1 an Ihren DNS-Server; gehört der Mailserver zu einem anderen Anbieter, geht dessen Domain an %2 und an seine eigene Autoconfig-Adresse</translation>
    </message>
    <message>
        <source>questions for %1 to your DNS server</source>
        <translation>Anfragen nach %1 an Ihren DNS-Server</translation>
    </message>
</context>
<context>
    <name>DiscoveryProgressModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
</context>
<context>
    <name>DiscoveryRun</name>
    <message>
        <source>asking …</source>
        <translation>wird gefragt …</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>the online lookup ended after %1 seconds</source>
        <translation>die Online-Suche wurde nach %1 Sekunden beendet</translation>
    </message>
    <message>
        <source>not needed: a better source answered</source>
        <translation>nicht nötig: eine bessere Quelle hat geantwortet</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Get the settings into your mail program</source>
        <translation>Die Einstellungen in Ihr E-Mail-Programm bringen</translation>
    </message>
    <message>
        <source>Choose your mail program. The assistant makes a file it can import, or shows the fields to fill in.</source>
        <translation>Wählen Sie Ihr E-Mail-Programm. Der Assistent erstellt eine Datei, die es importieren kann, oder zeigt die Felder zum Ausfüllen.</translation>
    </message>
    <message>
        <source>Which mail program do you use?</source>
        <translation>Welches E-Mail-Programm verwenden Sie?</translation>
    </message>
    <message>
        <source>&amp;Thunderbird</source>
        <translation>&amp;Thunderbird</translation>
    </message>
    <message>
        <source>&amp;Outlook for Windows (classic)</source>
        <translation>&amp;Outlook für Windows (klassisch)</translation>
    </message>
    <message>
        <source>New Outlook for Windows, or Outlook for &amp;Mac</source>
        <translation>Neues Outlook für Windows oder Outlook für &amp;Mac</translation>
    </message>
    <message>
        <source>&amp;Apple Mail (Mac, iPhone, iPad)</source>
        <translation>&amp;Apple Mail (Mac, iPhone, iPad)</translation>
    </message>
    <message>
        <source>Another program, or a settings s&amp;heet</source>
        <translation>Anderes Programm oder Einstellungsb&amp;latt</translation>
    </message>
    <message>
        <source>File t&amp;ype:</source>
        <translation>Dateit&amp;yp:</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>&amp;Save file …</source>
        <translation>Datei spei&amp;chern …</translation>
    </message>
    <message>
        <source>Saves the file for your mail program</source>
        <translation>Speichert die Datei für Ihr E-Mail-Programm</translation>
    </message>
    <message>
        <source>&amp;Copy file content</source>
        <translation>Dateiinhalt &amp;kopieren</translation>
    </message>
    <message>
        <source>Puts the content of the file on the clipboard</source>
        <translation>Legt den Inhalt der Datei in die Zwischenablage</translation>
    </message>
    <message>
        <source>Open fo&amp;lder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Opens the folder with the saved file</source>
        <translation>Öffnet den Ordner mit der gespeicherten Datei</translation>
    </message>
    <message>
        <source>&amp;Print settings …</source>
        <translation>Einstellungen dr&amp;ucken …</translation>
    </message>
    <message>
        <source>Prints a settings sheet to keep</source>
        <translation>Druckt ein Einstellungsblatt zum Aufbewahren</translation>
    </message>
    <message>
        <source>Set up a&amp;nother address</source>
        <translation>Weitere Adresse ei&amp;nrichten</translation>
    </message>
    <message>
        <source>Starts again with a new e-mail address</source>
        <translation>Beginnt von vorn mit einer neuen E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Send by e-ma&amp;il …</source>
        <translation>Per E-Ma&amp;il senden …</translation>
    </message>
    <message>
        <source>Opens a new e-mail with the settings in your mail program</source>
        <translation>Öffnet in Ihrem E-Mail-Programm eine neue E-Mail mit den Einstellungen</translation>
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
    <message>
        <source>%1 gives every customer a server name of their own, and this file must contain yours. Enter the settings in your mail program by hand instead; the server name is: %2</source>
        <translation>%1 vergibt jedem Kunden einen eigenen Servernamen, und diese Datei müsste Ihren enthalten. Tragen Sie die Einstellungen stattdessen von Hand in Ihr E-Mail-Programm ein; als Server gilt: %2</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; contains a percent sign, which autoconfig files reserve for placeholders such as %EMAILADDRESS%; Thunderbird would read a different name. Choose another format.</source>
        <translation>Der Benutzername „%1“ enthält ein Prozentzeichen, das Autoconfig-Dateien für Platzhalter wie %EMAILADDRESS% vorsehen; Thunderbird würde einen anderen Namen lesen. Wählen Sie ein anderes Format.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; contains invisible control characters or a line break, which no mail program can store. Correct the user name and export again.</source>
        <translation>Der Benutzername „%1“ enthält unsichtbare Steuerzeichen oder einen Zeilenumbruch, die kein E-Mail-Programm speichern kann. Korrigieren Sie den Benutzernamen und exportieren Sie erneut.</translation>
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
    <name>GlossaryWindow</name>
    <message>
        <source>Glossary – Mail Setup Assistant</source>
        <translation>Glossar – E-Mail-Einrichtungsassistent</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>for example port, STARTTLS or password</source>
        <translation>zum Beispiel Port, STARTTLS oder Passwort</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Im Glossar suchen</translation>
    </message>
    <message>
        <source>Also in the other &amp;language</source>
        <translation>Auch in der anderen Sprache &amp;zeigen</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
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
    <name>IspdbImporter</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>folder %1 not found</source>
        <translation>Ordner %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>no .xml files in %1</source>
        <translation>keine .xml-Dateien in %1</translation>
    </message>
</context>
<context>
    <name>ManualPage</name>
    <message>
        <source>Enter the settings yourself</source>
        <translation>Einstellungen selbst eingeben</translation>
    </message>
    <message>
        <source>Your provider&apos;s help pages or welcome letter list these values.</source>
        <translation>Diese Werte stehen in den Hilfeseiten oder im Willkommensschreiben Ihres Anbieters.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Pro&amp;tokoll:</translation>
    </message>
    <message>
        <source>Incoming protocol</source>
        <translation>Protokoll für den Posteingang</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>Posteingangsserver</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>Port für den Posteingang</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Incoming encryption</source>
        <translation>Verschlüsselung für den Posteingang</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgang (SMTP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>Outgoing port</source>
        <translation>Port für den Postausgang</translation>
    </message>
    <message>
        <source>Outgoing encryption</source>
        <translation>Verschlüsselung für den Postausgang</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Your password is not asked for here: you type it only into your mail program.</source>
        <translation>Ihr Passwort wird hier nicht abgefragt: Sie geben es nur in Ihr E-Mail-Programm ein.</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Benutzer&amp;name:</translation>
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
    <name>MxSource</name>
    <message>
        <source>the DNS query for %1 failed: %2</source>
        <translation>die DNS-Anfrage für %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 has no MX record</source>
        <translation>%1 hat keinen MX-Eintrag</translation>
    </message>
    <message>
        <source>Mail for %1 is received by %2 (mail server %3).</source>
        <translation>E-Mails für %1 empfängt %2 (Mailserver %3).</translation>
    </message>
    <message>
        <source>a guess from the mail server %1 of another domain</source>
        <translation>eine Vermutung anhand des Mailservers %1 einer anderen Domain</translation>
    </message>
    <message>
        <source>mail server %1 belongs to %2</source>
        <translation>der Mailserver %1 gehört zu %2</translation>
    </message>
    <message>
        <source>the mail server %1 is not run by a known provider</source>
        <translation>der Mailserver %1 wird von keinem bekannten Anbieter betrieben</translation>
    </message>
    <message>
        <source>mail server %1, nothing known about %2: %3</source>
        <translation>Mailserver %1, über %2 ist nichts bekannt: %3</translation>
    </message>
    <message>
        <source>mail server %1, settings of %2 found at %3</source>
        <translation>Mailserver %1, Einstellungen von %2 gefunden unter %3</translation>
    </message>
</context>
<context>
    <name>NotFoundPage</name>
    <message>
        <source>My domain is run by a &amp;hoster. I choose it from the list:</source>
        <translation>Meine Domain wird von einem &amp;Hoster betrieben. Ich wähle ihn aus der Liste:</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Liste durchsuchen</translation>
    </message>
    <message>
        <source>Search hosters</source>
        <translation>Hoster suchen</translation>
    </message>
    <message>
        <source>Hosters</source>
        <translation>Hoster</translation>
    </message>
    <message>
        <source>I enter the settings my&amp;self (the next page suggests likely values)</source>
        <translation>Ich gebe die Einstellungen &amp;selbst ein (die nächste Seite schlägt wahrscheinliche Werte vor)</translation>
    </message>
    <message>
        <source>Not sure who runs your domain? Look at the invoice for the domain, or ask whoever set it up for you.</source>
        <translation>Sie wissen nicht, wer Ihre Domain betreibt? Sehen Sie auf der Rechnung für die Domain nach oder fragen Sie die Person, die sie für Sie eingerichtet hat.</translation>
    </message>
</context>
<context>
    <name>OnlineSearch</name>
    <message>
        <source>your provider&apos;s web server</source>
        <translation>der Webserver Ihres Anbieters</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s provider database (ISPDB)</source>
        <translation>die Anbieterdatenbank von Thunderbird (ISPDB)</translation>
    </message>
    <message>
        <source>your DNS server</source>
        <translation>Ihr DNS-Server</translation>
    </message>
    <message>
        <source>It asks %1 (your provider&apos;s web server), %2 (Thunderbird&apos;s provider database) and your DNS server, and sends only the domain %3 — never your address.</source>
        <translation>Er fragt %1 (den Webserver Ihres Anbieters), %2 (die Anbieterdatenbank von Thunderbird) und Ihren DNS-Server und sendet nur die Domain %3 — nie Ihre Adresse.</translation>
    </message>
    <message>
        <source>As set in the privacy settings, it also asks without encryption (http).</source>
        <translation>Wie in den Datenschutz-Einstellungen festgelegt, fragt er auch unverschlüsselt (http).</translation>
    </message>
    <message>
        <source>Searching online for the settings of %1 …</source>
        <translation>Die Einstellungen für %1 werden online gesucht …</translation>
    </message>
    <message>
        <source>Settings found. Source: %1.</source>
        <translation>Einstellungen gefunden. Quelle: %1.</translation>
    </message>
    <message>
        <source>The online search got no answer. Is this computer connected to the Internet? You can still choose your hoster below or enter the settings yourself.</source>
        <translation>Die Online-Suche hat keine Antwort erhalten. Ist dieser Computer mit dem Internet verbunden? Sie können weiterhin unten Ihren Hoster wählen oder die Einstellungen selbst eingeben.</translation>
    </message>
    <message>
        <source>Nothing was found online for %1. That is common for an own domain: choose your hoster below, or enter the settings yourself.</source>
        <translation>Online wurde für %1 nichts gefunden. Bei einer eigenen Domain ist das häufig: Wählen Sie unten Ihren Hoster, oder geben Sie die Einstellungen selbst ein.</translation>
    </message>
    <message>
        <source>The search was stopped. Nothing more is sent.</source>
        <translation>Die Suche wurde abgebrochen. Es wird nichts mehr gesendet.</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>Die Datei %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>I have checked these settings and want to use &amp;them</source>
        <translation>Ich habe diese Einstellungen geprüft und möchte sie &amp;verwenden</translation>
    </message>
    <message>
        <source>There are no servers to set up for this address.</source>
        <translation>Für diese Adresse gibt es keine Server zum Einrichten.</translation>
    </message>
    <message>
        <source>Receive mail with:</source>
        <translation>E-Mails abrufen mit:</translation>
    </message>
    <message>
        <source>&amp;IMAP (recommended)</source>
        <translation>&amp;IMAP (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;POP3</source>
        <translation>&amp;POP3</translation>
    </message>
    <message>
        <source>Settings in German and English</source>
        <translation>Einstellungen auf Deutsch und Englisch</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Alles kopieren</translation>
    </message>
    <message>
        <source>Puts all settings as readable text on the clipboard</source>
        <translation>Legt alle Einstellungen als lesbaren Text in die Zwischenablage</translation>
    </message>
    <message>
        <source>Both &amp;languages</source>
        <translation>Beide &amp;Sprachen</translation>
    </message>
    <message>
        <source>Shows the settings in German and English side by side</source>
        <translation>Zeigt die Einstellungen auf Deutsch und Englisch nebeneinander</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Weitere &amp;Optionen</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;help page</source>
        <translation>&amp;Hilfeseite des Anbieters</translation>
    </message>
    <message>
        <source>Other servers and ports of this provider</source>
        <translation>Weitere Server und Ports dieses Anbieters</translation>
    </message>
    <message>
        <source>Every server this provider offers. Choose one for incoming and one for outgoing mail; the fields above show your choice.</source>
        <translation>Alle Server dieses Anbieters. Wählen Sie einen für den Posteingang und einen für den Postausgang; die Felder oben zeigen Ihre Wahl.</translation>
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
<context>
    <name>SetupSession</name>
    <message>
        <source>You entered these settings yourself, partly from guesses. If your mail program cannot connect, ask your provider for the correct values.</source>
        <translation>Sie haben diese Einstellungen selbst eingegeben, zum Teil nach Schätzungen. Wenn Ihr E-Mail-Programm keine Verbindung bekommt, fragen Sie Ihren Anbieter nach den richtigen Werten.</translation>
    </message>
</context>
<context>
    <name>SrvSource</name>
    <message>
        <source>service records of %1</source>
        <translation>Diensteinträge von %1</translation>
    </message>
    <message>
        <source>the service records of %1 name only incoming or only outgoing servers</source>
        <translation>die Diensteinträge von %1 nennen nur Posteingangs- oder nur Postausgangsserver</translation>
    </message>
    <message>
        <source>the service records of %1 say that no mail service is offered</source>
        <translation>laut den Diensteinträgen von %1 wird kein E-Mail-Dienst angeboten</translation>
    </message>
    <message>
        <source>the DNS query failed: %1</source>
        <translation>die DNS-Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 has no mail service records</source>
        <translation>%1 hat keine Diensteinträge für E-Mail</translation>
    </message>
</context>
<context>
    <name>WizardOptions</name>
    <message>
        <source>Usage: mailsetup [--lang de|en] [ADDRESS]; mailsetup --help shows all commands.</source>
        <translation>Aufruf: mailsetup [--lang de|en] [ADRESSE]; mailsetup --help zeigt alle Befehle.</translation>
    </message>
    <message>
        <source>--lang needs a value: de or en.</source>
        <translation>--lang braucht einen Wert: de oder en.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Only one address can be given.</source>
        <translation>Es kann nur eine Adresse angegeben werden.</translation>
    </message>
    <message>
        <source>Unknown language %1: use de or en.</source>
        <translation>Unbekannte Sprache %1: Verwenden Sie de oder en.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::AboutDialog</name>
    <message>
        <source>The catalogs are still being loaded.</source>
        <translation>Die Kataloge werden noch geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Mail Setup Assistant</source>
        <translation>E-Mail-Einrichtungsassistent</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Finds the server settings for an e-mail address, explains them in plain words and gets them into your mail program.</source>
        <translation>Findet die Servereinstellungen für eine E-Mail-Adresse, erklärt sie in einfachen Worten und bringt sie in Ihr E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Ihre Privatsphäre</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Mail Setup Assistant is free software: you may use, share and change it under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Der E-Mail-Einrichtungsassistent ist freie Software: Sie dürfen ihn unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later), nutzen, weitergeben und verändern.</translation>
    </message>
    <message>
        <source>The built-in ISPDB import contains facts from Mozilla&apos;s ISPDB (https://github.com/thunderbird/autoconfig), licensed under the Mozilla Public License 2.0 (MPL-2.0). The provider notes and the glossary are our own words.</source>
        <translation>Der eingebaute ISPDB-Import enthält Angaben aus Mozillas ISPDB (https://github.com/thunderbird/autoconfig), lizenziert unter der Mozilla Public License 2.0 (MPL-2.0). Die Hinweise zu den Anbietern und das Glossar sind unsere eigenen Texte.</translation>
    </message>
    <message>
        <source>Made with Qt %1, used under the GNU Lesser General Public License, version 3.</source>
        <translation>Erstellt mit Qt %1, verwendet unter der GNU Lesser General Public License, Version 3.</translation>
    </message>
    <message>
        <source>Nothing you type leaves this computer unless you ask for it. The assistant answers from the catalogs built into the program; it goes online only for the two things below, and only after you have agreed (it asks the first time; you can change your answer under Privacy settings).</source>
        <translation>Nichts, was Sie eingeben, verlässt diesen Computer, wenn Sie es nicht wünschen. Der Assistent antwortet aus den Katalogen, die in das Programm eingebaut sind; ins Internet geht er nur für die beiden folgenden Dinge und nur, nachdem Sie zugestimmt haben (er fragt beim ersten Mal; Ihre Antwort können Sie unter „Datenschutz-Einstellungen“ ändern).</translation>
    </message>
    <message>
        <source>Search online (for a domain the catalogs do not know): sends only the domain of your address (the part after the @), never your name or the whole address — to your provider&apos;s own configuration server (autoconfig), to Thunderbird&apos;s provider database (ISPDB, live.thunderbird.net) and to your DNS server.</source>
        <translation>Online suchen (für eine Domain, die die Kataloge nicht kennen): sendet nur die Domain Ihrer Adresse (den Teil nach dem @), nie Ihren Namen oder die ganze Adresse — an den Konfigurationsserver Ihres Anbieters (Autoconfig), an die Anbieterdatenbank von Thunderbird (ISPDB, live.thunderbird.net) und an Ihren DNS-Server.</translation>
    </message>
    <message>
        <source>Check connection: connects to your provider&apos;s incoming and outgoing mail server, as your mail program would. If you type a password for a test sign-in, it goes only to those servers, only encrypted, and is forgotten when the check ends.</source>
        <translation>Verbindung testen: verbindet sich mit dem Posteingangs- und dem Postausgangsserver Ihres Anbieters, so wie es Ihr E-Mail-Programm tun würde. Wenn Sie für eine Test-Anmeldung ein Passwort eingeben, geht es nur an diese Server, nur verschlüsselt, und wird am Ende der Prüfung vergessen.</translation>
    </message>
    <message>
        <source>The assistant never stores a password. It remembers only the language you chose, the size of its window and your privacy choices.</source>
        <translation>Der Assistent speichert nie ein Passwort. Er merkt sich nur die gewählte Sprache, die Größe seines Fensters und Ihre Datenschutz-Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Privacy settings …</source>
        <translation>Datenschutz-Ei&amp;nstellungen …</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::AddressPage</name>
    <message>
        <source>Loading the list of providers …</source>
        <translation>Die Liste der Anbieter wird geladen …</translation>
    </message>
    <message>
        <source>Found: %1. Press Enter to see the settings.</source>
        <translation>Gefunden: %1. Drücken Sie die Eingabetaste, um die Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 is not in the built-in list. On the next page you can pick your hoster or enter the settings yourself.</source>
        <translation>%1 steht nicht in der eingebauten Liste. Auf der nächsten Seite können Sie Ihren Hoster auswählen oder die Einstellungen selbst eingeben.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Use the suggested address %1</source>
        <translation>Vorgeschlagene Adresse %1 übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>A catalog file has %n problem(s) and is not used; everything else works. First problem: %1</source>
        <translation>
            <numerusform>Eine Katalogdatei hat %n Fehler und wird nicht verwendet; alles andere funktioniert. Erster Fehler: %1</numerusform>
            <numerusform>Eine Katalogdatei hat %n Fehler und wird nicht verwendet; alles andere funktioniert. Erster Fehler: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the built-in list.</source>
        <translation>%1 steht nicht in der eingebauten Liste.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::ConnectionCheckWidget</name>
    <message>
        <source>Check the connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Pass&amp;word for a test sign-in (optional):</source>
        <translation>Passwo&amp;rt für eine Test-Anmeldung (freiwillig):</translation>
    </message>
    <message>
        <source>Password for a test sign-in (optional)</source>
        <translation>Passwort für eine Test-Anmeldung (freiwillig)</translation>
    </message>
    <message>
        <source>The password is used for this check only: it is not stored anywhere and is forgotten when the check ends.</source>
        <translation>Das Passwort wird nur für diese Prüfung verwendet: Es wird nirgends gespeichert und am Ende der Prüfung vergessen.</translation>
    </message>
    <message>
        <source>Chec&amp;k connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connects to the incoming and the outgoing server and explains what works</source>
        <translation>Verbindet sich mit dem Posteingangs- und dem Postausgangsserver und erklärt, was funktioniert</translation>
    </message>
    <message>
        <source>&amp;Stop check</source>
        <translation>Prüfung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Privac&amp;y settings …</source>
        <translation>Datenschutz-Ei&amp;nstellungen …</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (Port %2)</translation>
    </message>
    <message>
        <source>Confirm the settings above first; then you can check them here.</source>
        <translation>Bestätigen Sie zuerst die Einstellungen oben; dann können Sie sie hier prüfen.</translation>
    </message>
    <message>
        <source>You have switched the connection check off in the privacy settings.</source>
        <translation>Sie haben die Verbindungsprüfung in den Datenschutz-Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>Connects to %1 — your provider&apos;s servers — and checks step by step that they answer, encrypt the connection and offer a sign-in.</source>
        <translation>Verbindet sich mit %1 — den Servern Ihres Anbieters — und prüft Schritt für Schritt, ob sie antworten, die Verbindung verschlüsseln und eine Anmeldung anbieten.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::ConsentDialog</name>
    <message>
        <source>receives %1</source>
        <translation>erhält %1</translation>
    </message>
    <message>
        <source>Search online?</source>
        <translation>Online suchen?</translation>
    </message>
    <message>
        <source>May the assistant look for the settings on the Internet?</source>
        <translation>Darf der Assistent im Internet nach den Einstellungen suchen?</translation>
    </message>
    <message>
        <source>Only the domain of your address (the part after the @) is sent — never the whole address, your name or a password. These are asked:</source>
        <translation>Gesendet wird nur die Domain Ihrer Adresse (der Teil nach dem @) — nie die ganze Adresse, Ihr Name oder ein Passwort. Gefragt werden:</translation>
    </message>
    <message>
        <source>&amp;Allow online lookup</source>
        <translation>Online-Suche &amp;erlauben</translation>
    </message>
    <message>
        <source>Check the connection?</source>
        <translation>Verbindung prüfen?</translation>
    </message>
    <message>
        <source>May the assistant connect to your provider&apos;s mail servers?</source>
        <translation>Darf sich der Assistent mit den Mailservern Ihres Anbieters verbinden?</translation>
    </message>
    <message>
        <source>The check connects to the servers shown in the settings, just as your mail program will. These are contacted:</source>
        <translation>Die Prüfung verbindet sich mit den Servern aus den Einstellungen, genau wie später Ihr E-Mail-Programm. Kontaktiert werden:</translation>
    </message>
    <message>
        <source>&amp;Allow the check</source>
        <translation>Prüfung &amp;erlauben</translation>
    </message>
    <message>
        <source>Nothing else is sent, and nobody else is contacted.</source>
        <translation>Sonst wird nichts gesendet und niemand sonst kontaktiert.</translation>
    </message>
    <message>
        <source>&amp;Remember my choice (you can change it later under About → Privacy settings)</source>
        <translation>Auswahl &amp;merken (Sie können sie später unter „Über“ → „Datenschutz-Einstellungen“ ändern)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::ExportPage</name>
    <message>
        <source>Save settings file</source>
        <translation>Einstellungsdatei speichern</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 gibt es bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1 “%2”</source>
        <translation>In die Zwischenablage kopiert: %1 „%2“</translation>
    </message>
    <message>
        <source>New Outlook and Outlook for Mac cannot import a settings file. Add the account by hand:
1. In Outlook, open Settings → Accounts and choose “Add account”.
2. Type your e-mail address. When Outlook asks for the type of account, choose “IMAP” (or “POP”).
3. Copy each value below into the field of the same name.
4. Type your password only into Outlook.</source>
        <translation>Das neue Outlook und Outlook für Mac können keine Einstellungsdatei importieren. Richten Sie das Konto von Hand ein:
1. Öffnen Sie in Outlook Einstellungen → Konten und wählen Sie „Konto hinzufügen“.
2. Geben Sie Ihre E-Mail-Adresse ein. Wenn Outlook nach der Kontoart fragt, wählen Sie „IMAP“ (oder „POP“).
3. Kopieren Sie jeden Wert unten in das gleichnamige Feld.
4. Geben Sie Ihr Passwort nur in Outlook ein.</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Nothing was changed. Please choose another folder.</source>
        <translation>Es wurde nichts verändert. Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>The content of the file is on the clipboard.</source>
        <translation>Der Inhalt der Datei liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Print settings</source>
        <translation>Einstellungen drucken</translation>
    </message>
    <message>
        <source>E-mail settings for %1</source>
        <translation>E-Mail-Einstellungen für %1</translation>
    </message>
    <message>
        <source>No mail program is set up to send e-mail on this computer.</source>
        <translation>Auf diesem Computer ist kein E-Mail-Programm zum Versenden eingerichtet.</translation>
    </message>
    <message>
        <source>The PDF could not be created. Use “Print settings …” and print into a PDF file instead.</source>
        <translation>Die PDF-Datei konnte nicht erstellt werden. Wählen Sie stattdessen „Einstellungen drucken …“ und drucken Sie in eine PDF-Datei.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::GlossaryWindow</name>
    <message>
        <source>No term matches “%1”.</source>
        <translation>Kein Begriff passt zu „%1“.</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Siehe auch:</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::MailSetupWizard</name>
    <message>
        <source>Mail Setup Assistant</source>
        <translation>E-Mail-Einrichtungsassistent</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>Abo&amp;ut</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Explains the terms (F1)</source>
        <translation>Erklärt die Fachbegriffe (F1)</translation>
    </message>
    <message>
        <source>Version, sources, licences and privacy</source>
        <translation>Version, Quellen, Lizenzen und Datenschutz</translation>
    </message>
    <message>
        <source>Closes the assistant (Esc)</source>
        <translation>Schließt den Assistenten (Esc)</translation>
    </message>
    <message>
        <source>Show everything in German</source>
        <translation>Alles auf Deutsch anzeigen</translation>
    </message>
    <message>
        <source>Show everything in English</source>
        <translation>Alles auf Englisch anzeigen</translation>
    </message>
    <message>
        <source>Language: German</source>
        <translation>Sprache: Deutsch</translation>
    </message>
    <message>
        <source>Language: English</source>
        <translation>Sprache: Englisch</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::ManualPage</name>
    <message>
        <source>The values marked “guess” are the usual names for %1, not confirmed facts. Compare them with your provider&apos;s information and correct them where needed.</source>
        <translation>Die mit „geschätzt“ markierten Werte sind die üblichen Namen für %1, keine bestätigten Angaben. Vergleichen Sie sie mit den Angaben Ihres Anbieters und korrigieren Sie sie, wo nötig.</translation>
    </message>
    <message>
        <source>Many providers use port 587 with STARTTLS instead.</source>
        <translation>Viele Anbieter verwenden stattdessen Port 587 mit STARTTLS.</translation>
    </message>
    <message>
        <source>A guess: please check this value</source>
        <translation>Geschätzt: Bitte prüfen Sie diesen Wert</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::NotFoundPage</name>
    <message>
        <source>No settings known for %1</source>
        <translation>Keine Einstellungen für %1 bekannt</translation>
    </message>
    <message>
        <source>That is normal for your own domain, for example of a club or a small business.</source>
        <translation>Das ist bei einer eigenen Domain normal, zum Beispiel eines Vereins oder einer kleinen Firma.</translation>
    </message>
    <message>
        <source>The built-in list has the big mail providers and the common hosters. %1 is not among them. If it is your own domain, it is run by a hoster: choose it below and you get its settings. Otherwise enter the settings your provider gave you.</source>
        <translation>Die eingebaute Liste enthält die großen E-Mail-Anbieter und die gängigen Hoster. %1 ist nicht dabei. Wenn es Ihre eigene Domain ist, wird sie von einem Hoster betrieben: Wählen Sie ihn unten aus, dann erhalten Sie seine Einstellungen. Andernfalls geben Sie die Einstellungen ein, die Ihnen Ihr Anbieter genannt hat.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::NotesPanel</name>
    <message>
        <source>More information</source>
        <translation>Mehr dazu</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::OnlineSearchWidget</name>
    <message>
        <source>Search &amp;online</source>
        <translation>&amp;Online suchen</translation>
    </message>
    <message>
        <source>Looks for the settings of your domain on the Internet</source>
        <translation>Sucht die Einstellungen Ihrer Domain im Internet</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Suche abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stops the online search at once</source>
        <translation>Bricht die Online-Suche sofort ab</translation>
    </message>
    <message>
        <source>&amp;Privacy settings …</source>
        <translation>Datenschutz-Ei&amp;nstellungen …</translation>
    </message>
    <message>
        <source>The assistant could look for the settings online, but you have switched the online search off.</source>
        <translation>Der Assistent könnte online nach den Einstellungen suchen, aber Sie haben die Online-Suche ausgeschaltet.</translation>
    </message>
    <message>
        <source>The assistant can look for the settings on the Internet. %1</source>
        <translation>Der Assistent kann im Internet nach den Einstellungen suchen. %1</translation>
    </message>
    <message>
        <source>Online search</source>
        <translation>Online-Suche</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::PrivacyDialog</name>
    <message>
        <source>Privacy settings</source>
        <translation>Datenschutz-Einstellungen</translation>
    </message>
    <message>
        <source>The assistant goes online only when you ask it to and have allowed it here or in its question.</source>
        <translation>Der Assistent geht nur ins Internet, wenn Sie ihn darum bitten und es hier oder in seiner Rückfrage erlaubt haben.</translation>
    </message>
    <message>
        <source>&amp;Search online for the settings of domains the assistant does not know</source>
        <translation>Online nach den Einstellungen von Domains &amp;suchen, die der Assistent nicht kennt</translation>
    </message>
    <message>
        <source>Sends only the domain (the part after the @) to your provider&apos;s web server, to Thunderbird&apos;s provider database (live.thunderbird.net) and to your DNS server.</source>
        <translation>Sendet nur die Domain (den Teil nach dem @) an den Webserver Ihres Anbieters, an die Anbieterdatenbank von Thunderbird (live.thunderbird.net) und an Ihren DNS-Server.</translation>
    </message>
    <message>
        <source>Also use &amp;unencrypted sources (http)</source>
        <translation>Auch &amp;unverschlüsselte Quellen (http) verwenden</translation>
    </message>
    <message>
        <source>Answers that come without encryption could have been changed on the way. You must confirm them before you can use them.</source>
        <translation>Unverschlüsselt übertragene Antworten könnten unterwegs verändert worden sein. Sie müssen sie bestätigen, bevor Sie sie verwenden können.</translation>
    </message>
    <message>
        <source>&amp;Check the connection to the mail servers when I ask for it</source>
        <translation>Die Verbindung zu den Mailservern &amp;prüfen, wenn ich darum bitte</translation>
    </message>
    <message>
        <source>Connects only to your provider&apos;s incoming and outgoing server. A password you type for the check is used for that check only and never stored.</source>
        <translation>Verbindet sich nur mit dem Posteingangs- und dem Postausgangsserver Ihres Anbieters. Ein Passwort, das Sie für die Prüfung eingeben, wird nur für diese Prüfung verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>Where you have not decided yet, the assistant asks you the first time.</source>
        <translation>Wo Sie noch nicht entschieden haben, fragt der Assistent Sie beim ersten Mal.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::ServerFieldsWidget</name>
    <message>
        <source>%1:</source>
        <comment>field label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Explain this term</source>
        <translation>Diesen Begriff erklären</translation>
    </message>
    <message>
        <source>Click for more in the glossary.</source>
        <translation>Klicken Sie für mehr im Glossar.</translation>
    </message>
    <message>
        <source>Explain “%1”</source>
        <translation>„%1“ erklären</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::SettingsPage</name>
    <message>
        <source>Enter these values in your mail program. Each Copy button puts one value on the clipboard.</source>
        <translation>Tragen Sie diese Werte in Ihr E-Mail-Programm ein. Jede Schaltfläche „Kopieren“ legt einen Wert in die Zwischenablage.</translation>
    </message>
    <message>
        <source>IMAP keeps your mail on the server, the same on all your devices. POP3 downloads it to this computer and usually removes it from the server.</source>
        <translation>IMAP lässt Ihre E-Mails auf dem Server, auf allen Geräten gleich. POP3 lädt sie auf diesen Computer und entfernt sie meist vom Server.</translation>
    </message>
    <message>
        <source>Settings for %1</source>
        <translation>Einstellungen für %1</translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation>%1, jetzt %2</translation>
    </message>
    <message>
        <source>verified on %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>may be outdated</source>
        <translation>möglicherweise veraltet</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>von Hand eingegeben</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>These settings come from %1 over a connection that could not be checked. Someone could have changed them on the way. Compare them with your provider&apos;s information before you use them.</source>
        <translation>Diese Einstellungen stammen von %1 über eine Verbindung, die nicht geprüft werden konnte. Jemand könnte sie unterwegs verändert haben. Vergleichen Sie sie mit den Angaben Ihres Anbieters, bevor Sie sie verwenden.</translation>
    </message>
    <message>
        <source>an unknown source</source>
        <translation>einer unbekannten Quelle</translation>
    </message>
    <message>
        <source>All settings are on the clipboard. You can paste them into an e-mail or a document.</source>
        <translation>Alle Einstellungen liegen in der Zwischenablage. Sie können sie in eine E-Mail oder ein Dokument einfügen.</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1 “%2”</source>
        <translation>In die Zwischenablage kopiert: %1 „%2“</translation>
    </message>
    <message>
        <source>found online in %1</source>
        <translation>online gefunden, Quelle: %1</translation>
    </message>
</context>
<context>
    <name>mailsetup::ui::StatusRowsView</name>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
</TS>
