package poisoning

// words and moreWords list the lexicon, per feature: space-separated lowercase words;
// "stem*" matches any word starting with stem (only when no exact entry
// matches), "a+b" is the two words a b in a row. Languages: English, then
// Spanish, French, German, Russian, Portuguese and Italian. Chinese and
// Japanese, written without spaces, are in cjkPhrases.
var words = map[feat]string{
	fUser: `user users human humans person
		usuario* usuaria* utilisateur* utilisatrice* benutzer* nutzer* anwender*
		пользовател* юзер* usuário* utente* utenti`,
	fNeg: `not never no nor without cannot dont doesnt didnt shouldnt mustnt wont neither
		nunca jamás jamas sin ne pas jamais sans nicht niemals nie kein keine keinen keinem ohne
		не никогда нельзя без ни não nao non mai senza`,
	fTell: `tell tells telling told mention mentions mentioning mentioned inform informs informing
		notify notifying reveal reveals revealing disclose disclosed disclosing alert
		alerting explain
		digas diga decir decirle menciones mencione mencionar* informes informe informar* avises
		avisar* reveles revelar* comentes comentar*
		dis dites dire mentionne* informe* signale* révèle* revele* préviens previens prévenir
		sag sage sagen erwähn* erwahn* informier* teile mitteilen verrat* benachrichtig*
		говори* сообщ* упомина* упомян* рассказ* информир* предупрежд*
		conte contar* menzion* informa* dire dica digli`,
	fTellWeak: `show shows showing shown display see sees seeing know knows notice noticed aware find+out
		muestres mostrar* vea sepa saber montre* voie sache zeig* sieht sehen weiß wissen merk*
		показыва* покажи* увид* узна* замет* знал* mostre vedere sappia`,
	fHide: `secretly silently quietly covertly discreetly stealthily invisibly surreptitiously
		secretamente silenciosamente discretamente
		secrètement secretement discrètement discretement silencieusement
		heimlich unbemerkt stillschweigend
		тайно скрытно незаметно втихую тихо секретно segretamente silenziosamente`,
	fRead: `read reading cat open access accessing collect collecting gather gathering extract
		extracting dump dumping grab harvest retrieve retrieving obtain scrape steal copy
		lee leer lea lees leas recopila* recoge* obtén obten obtener extrae* extraer copia
		lis lisez lire lit récupère* recupere* collecte* extrai* copie
		lies lese lesen liest auslesen sammle* sammel* extrahier* kopier* hole
		прочита* прочти* прочесть чита* собери* собира* извлеки* извлечь скопир* получи*
		leia ler colete* leggi leggere raccogli*`,
	fContent: `content contents output value values full+text entire+text raw+text
		contenido contenidos valor valores salida contenu valeur valeurs sortie
		inhalt inhalte ausgabe wert werte
		содержим* значени* вывод conteúdo conteudo contenuto`,
	fPass: `pass passing put include including insert append attach embed provide supply add fill populate
		paste place prepend copy
		pasa pase pasar pásalo pasalo pásale incluy* incluir incluya incluye pon poner ponlo
		añade añadir anade agrega agregar adjunta* inserta* copia pega
		passe passez passer mets mettez mettre ajoute* insère* insere* joindre inclus incluez inclure colle collez
		transmet* fournis* renseigne*
		übergib übergebe übergeben ubergib gib füge fuge füg einfügen setze setz anhäng* hänge
		kopiere schreibe schreib
		передай* переда* включи* добав* вставь* вставить помести* приложи* укажи* впиши* запиши*
		passe inclua coloque adicione aggiungi inserisci includi passa`,
	fSend: `send sends sending sent push upload uploads uploading forward forwarding transmit exfiltrate
		exfiltrating leak leaking share sharing deliver submit post posting beacon
		email+the email+all email+it email+them email+this email+every email+any email+your email+a
		mail+the mail+it mail+them
		envía envia envíe envie envíalo envialo envíalas envialas enviar manda mandar sube subir reenvía* comparte*
		envoie* envoyer transfère* transfere* téléverse* partage* poste*
		sende senden schick* übermittel* ubermittel* lade+hoch hochladen weiterleit* teile
		отправ* пошли* перешли* загрузи* выгрузи* отошли* слей* поделись
		envie* enviar invia* manda`,
	fParamWord: `parameter parameters param params argument arguments arg args field fields property
		parámetro* parametro* campo campos argumento*
		paramètre* parametre* champ champs
		feld felder argument*
		параметр* поле поля полях аргумент*`,
	fSecret: `password passwords passwd passphrase passphrases secret secrets token tokens credential
		credentials apikey apikeys api_key api_keys cookie cookies mnemonic private+key
		api+key api+keys secret+key access+key env environment+variables env+vars seed+phrase
		recovery+phrase keychain keys user+email user+phone user+address user+location user+credentials
		credit+card card+number social+security
		contraseña* contrasena* secreto* credencial* claves clave+privada entorno
		identifiants jetons jeton clés cles clé+privée environnement
		passwort* kennwort* geheimnis* zugangsdaten anmeldedaten schlüssel* schlussel* umgebungsvariable* token
		парол* секрет* токен* ключ* учетн* учётн* окружени*
		senha* segredo* credenziali segreti`,
	fConv: `conversation conversations transcript transcripts chat+history chat+log chat+logs chat+transcript
		message+history conversation+history system+prompt previous+messages last+message
		user+message user+messages full+message all+messages earlier+messages chat+list
		conversación* conversacion* historial* mensajes+anteriores
		historique* la+conversation
		unterhaltung* gespräch* gesprach* chatverlauf* verlauf* konversation*
		переписк* разговор* истори* диалог* чат*
		conversa* cronologia contacts contact+list all+contacts address+book phonebook user+calendar
		user+contacts contactos contatti kontakte контакты`,
	fModel: `assistant assistants ai llm llms model models chatbot claude gpt chatgpt language+model
		for+agents for+agent to+agents ai+agent ai+agents
		modelo asistente ia modèle modele ki modell assistent* модел* ассистент* ии нейросет* assistente`,
	fNoteWord: `note notes instruction instructions attention requirement requirements reminder directive
		directives message side+effect side+effects important
		nota instrucción instruccion instrucciones atención atencion aviso
		consigne* instruction* remarque
		hinweis* anweisung* achtung notiz
		инструкци* примечани* внимани* указани* заметк*`,
}
