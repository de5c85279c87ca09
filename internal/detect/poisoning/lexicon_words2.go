package poisoning

// moreWords continues words: obligations, order, calls, objects.
var moreWords = map[feat]string{
	fMust: `must mandatory required requires require shall should needs have+to has+to need+to
		debe debes deben deberás obligatori* necesari* tienes+que hay+que
		doit doivent devez dois obligatoire* nécessaire* necessaire* faut
		muss musst müssen mussen erforderlich pflicht* notwendig
		должн* обязательно обязан* нужно необходимо требуется надо
		deve devono obrigatóri* necessário`,
	fAlways: `always whenever everytime every+time each+time
		siempre toujours immer jedes+mal всегда sempre`,
	fEvery: `every each all any everything anything no+matter regardless whatever
		cada todo todos toda todas cualquier* chaque tous toutes tout n'importe
		jede jeder jedes jeden alle allen alles beliebig*
		каждый каждого каждом каждую все всё всех всю любой любые любую любого
		ogni tutti tutte qualsiasi`,
	fOrder: `before after first prior beforehand afterwards
		antes después despues primero
		avant après apres d'abord abord
		vor vorher zuerst bevor danach nachdem
		перед прежде сначала после
		depois primeiro prima dopo`,
	fTrigger: `when whenever if upon once chaque+fois cada+vez ogni+volta каждый+раз toda+vez
		cuando si siempre+que quand lorsque lorsqu wenn sobald falls
		когда если как+только при quando`,
	fCall: `call calls calling called invoke invokes invoking invoked use uses using run runs running
		execute executes executing trigger triggers employ
		llamar llame usa usar use utiliza* ejecuta* invoca*
		appel* utilise* exécute* execute* lance* invoque*
		ruf rufe aufruf* aufgerufen verwende* benutze* nutze führe fuhre ausführ* ausfuhr*
		вызов* вызыва* вызвать вызови используй* использ* запуст* выполн*
		chiama* usa utilizza* esegui*`,
	fToolWord: `tool tools function functions server servers plugin plugins connector connectors
		herramienta* función funcion funciones servidor* outil outils fonction* serveur*
		werkzeug* tool tools funktion* server инструмент* функци* сервер* ferramenta* strumento*`,
	fIgnore: `ignore disregard forget override overrule bypass circumvent
		ignora ignore ignorar olvida olvidar omite desestima
		ignore ignorez oublie oubliez outrepasse
		ignoriere ignorier ignorieren vergiss vergessen missachte missachten übergehe
		игнорируй игнорировать проигнорируй забудь пренебреги
		esqueça ignori dimentica`,
	fInstrAI: `instructions instruction guidelines guideline safety guardrails guardrail filters
		programming system+prompt previous+instructions your+rules safety+rules content+policy
		instrucciones directrices seguridad consignes sécurité securite
		anweisungen richtlinien sicherheit* vorgaben
		инструкци* указани* правила безопасност* ограничени*
		istruzioni`,
	fPrev: `previous prior above earlier preceding former original
		anterior anteriores previa previas previo previos
		précédent* precedent* antérieur* anterieur*
		vorherig* bisherig* obig* vorigen
		предыдущ* прежн* вышеуказан* прошл*
		precedenti`,
	fExecWord: `command commands shell terminal bash sh zsh powershell cmd script scripts subprocess cron
		crontab exec eval curl wget nc netcat rm chmod sudo os.system system()
		comando comandos commande commandes befehl befehle команд* терминал* скрипт*`,
	fChange: `change changes changing replace replaces replacing redirect redirects modify modifies instead+of
		alter swap substitute rewrite overwrite reroute route switch
		cambia cambiar cambie reemplaza* sustituye* sustituir redirige* modifica*
		change changez remplace* redirige* modifie* substitue*
		ändere ändern andere ersetze* ersetzen umleit* leite modifizier* tausch*
		измени* замени* перенаправ* подмени* поменяй*
		altere substitua cambia sostituisci modifica`,
	fRecip: `recipient recipients destination destinations account accounts bcc cc channel channels
		payee beneficiary beneficiaries iban wallet receiver author reply-to address addresses chat_id channel_id
		attendee attendees invitee invitees guest guests invité* invitado* teilnehmer* участник*
		destinatario* destino cuenta* cco copia+oculta
		destinataire* compte* cci copie+cachée copie+cachee
		empfänger* empfanger* konto* bcc kopie
		получател* адресат* счет* счёт* кошел* копи*
		destinatário* conta copia+nascosta ccn`,
	fAlso: `also additionally too besides as+well in+addition
		también tambien además ademas aussi également egalement auch zusätzlich zusatzlich außerdem
		также тоже дополнительно anche também`,
	fConfirm: `confirm confirmation confirmations approval approve permission consent asking
		confirmar confirmación confirmacion permiso confirmer confirmation autorisation
		bestätig* bestatig* erlaubnis подтвержд* разрешени*`,
	fAuthorized: `display+only for+display pre-approved preapproved pre-granted pregranted pre-authorized pre-authorised
		authorised+you authorized+you approved+you allowed+you permitted+you already+approved
		already+authorized already+authorised already+consented already+granted`,
	fResult: `result results output outputs response responses resultado* résultat* resultat*
		ergebnis* результат* ответ*`,
	fPathWord: `path paths location filename directory folder dir filepath ruta chemin pfad путь`,
	fCalled: `called used invoked executed triggered runs
		llame llamada usa usada utilice utilizada ejecute
		utilisé utilise utilisée appelé appelée invoqué exécuté
		aufgerufen verwendet benutzt genutzt ausgeführt
		вызывается вызовут вызван используется запускается вызове вызовах использовании запуске
		chiamato usato`,
	fPriv: `admin admins administrator administrators maintainer maintainers collaborator
		collaborators superuser privileges privilege grant+all
		administrador* administrateur* administrator* администратор* привилеги*`,
	fCallThis: `call+this use+this invoke+this run+this execute+this calling+this using+this
		usa+esta utiliza+esta llama+esta usar+esta utilise+cet utilisez+cet appelle+cet appelez+cet
		verwende+dieses nutze+dieses rufe+dieses benutze+dieses используй+этот вызови+этот вызывай+этот
		usa+questo chiama+questo`,
	fURLWord: `url urls link links query+string`,
	fThisTool: `this+tool this+function this+one esta+herramienta este+servidor cet+outil cette+fonction
		dieses+tool dieses+werkzeug diese+funktion этот+инструмент эту+функцию questo+strumento`,
	fGate: `otherwise keep hide conceal behind upset worry alarm scare implementation yourself confidential
		compliance proxying logging auditing telemetry regardless instead display
		reply replies respond answer responde responder contesta réponds répondez antworte antworten ответь отвечай
		add make grant give promote invite present format disguise pretend act frame without
		sync synchronization integrity analytics quality mode maintenance regardless whatever no+matter
		even rather replaces supersedes overrides shadows deprecates precedence version official updated
		deprecated outdated unsafe broken disabled compromised obsolete insecure unless sauf salvo`,
	fAddress: `model+must assistant+must ai+must llm+must model+should assistant+should ai+should
		llm+should model+shall assistant+shall ai+agents agents+must
		modelo+debe asistente+debe ia+debe modèle+doit modele+doit assistant+doit ia+doit
		modell+muss assistent+muss ki+muss модель+должна ассистент+должен ии+должен`,
	fHome:      `home+folder home+directory home+dir`,
	fJailbreak: `developer+mode dan+mode unrestricted unfiltered no+longer god+mode safeguards`,
}
