// UI strings. The language comes from the page's visitor (navigator.languages) when the chatbot
// supports it, else the chatbot's first language, else English.

export type Strings = typeof en;

const en = {
  open: "Open chat",
  close: "Close chat",
  title: "Chat",
  placeholder: "Type your message…",
  send: "Send",
  sending: "Sending…",
  sent: "Sent",
  delivered: "Delivered",
  read: "Read",
  queued: "Waiting for connection — will be sent when you are back online",
  failed: "Not sent",
  typing: "typing…",
  offline: "You are offline. Messages will be sent when the connection is back.",
  reconnecting: "Reconnecting…",
  unavailable: "Chat is unavailable on this page.",
  notFound: "This chat could not be found. Check the chatbot id in the embed code.",
  forbidden: "This website is not allowed to show this chat. Ask the site owner to add it to the chatbot's allowed origins.",
  storage: "Your browser blocks storage: this conversation will not be kept after you leave the page.",
  tooLong: "Your message is too long and was shortened to {n} characters.",
  end: "End chat",
  ended: "This conversation has ended.",
  rate: "How was this conversation?",
  star: "{n} of 5",
  comment: "Anything to add? (optional)",
  submit: "Submit rating",
  thanks: "Thank you for your feedback!",
  newChat: "Start a new conversation",
  sources: "Sources",
  you: "You",
  messages: "Messages",
  agent: "Support agent",
  joined: "A support agent joined the conversation.",
  emoji: "Insert emoji",
  attach: "Attach a file",
  uploading: "Uploading {n}…",
  uploaded: "{n} uploaded",
  tooBig: "This file is too large: at most {n} MB.",
  badType: "This kind of file cannot be sent. Images, PDF, text, CSV, Word, Excel and PowerPoint files can.",
  uploadFailed: "The file could not be uploaded.",
  download: "Download {n}",
};

const es: Strings = {
  open: "Abrir chat", close: "Cerrar chat", title: "Chat", placeholder: "Escribe tu mensaje…", send: "Enviar",
  sending: "Enviando…", sent: "Enviado", delivered: "Entregado", read: "Leído",
  queued: "Esperando conexión: se enviará cuando vuelvas a estar en línea", failed: "No enviado", typing: "escribiendo…",
  offline: "Estás sin conexión. Los mensajes se enviarán cuando vuelva la conexión.", reconnecting: "Reconectando…",
  unavailable: "El chat no está disponible en esta página.",
  notFound: "No se encontró este chat. Revisa el id del chatbot en el código de inserción.",
  forbidden: "Este sitio web no puede mostrar este chat. Pide al propietario que lo añada a los orígenes permitidos.",
  storage: "Tu navegador bloquea el almacenamiento: esta conversación no se guardará al salir.",
  tooLong: "Tu mensaje era demasiado largo y se acortó a {n} caracteres.", end: "Terminar chat",
  ended: "Esta conversación ha terminado.", rate: "¿Qué tal fue esta conversación?", star: "{n} de 5",
  comment: "¿Algo que añadir? (opcional)", submit: "Enviar valoración", thanks: "¡Gracias por tu opinión!",
  newChat: "Iniciar una nueva conversación", sources: "Fuentes", you: "Tú", messages: "Mensajes",
  agent: "Agente de soporte", joined: "Un agente de soporte se unió a la conversación.", emoji: "Insertar emoji",
  attach: "Adjuntar un archivo", uploading: "Subiendo {n}…", uploaded: "{n} subido",
  tooBig: "El archivo es demasiado grande: {n} MB como máximo.",
  badType: "Este tipo de archivo no se puede enviar. Sí se pueden imágenes, PDF, texto, CSV, Word, Excel y PowerPoint.",
  uploadFailed: "No se pudo subir el archivo.", download: "Descargar {n}",
};

const fr: Strings = {
  open: "Ouvrir le chat", close: "Fermer le chat", title: "Chat", placeholder: "Écrivez votre message…", send: "Envoyer",
  sending: "Envoi…", sent: "Envoyé", delivered: "Distribué", read: "Lu",
  queued: "En attente de connexion : il sera envoyé à votre retour en ligne", failed: "Non envoyé", typing: "écrit…",
  offline: "Vous êtes hors ligne. Les messages partiront au retour de la connexion.", reconnecting: "Reconnexion…",
  unavailable: "Le chat n'est pas disponible sur cette page.",
  notFound: "Ce chat est introuvable. Vérifiez l'identifiant du chatbot dans le code d'intégration.",
  forbidden: "Ce site n'est pas autorisé à afficher ce chat. Demandez au propriétaire de l'ajouter aux origines autorisées.",
  storage: "Votre navigateur bloque le stockage : cette conversation ne sera pas conservée.",
  tooLong: "Votre message était trop long et a été raccourci à {n} caractères.", end: "Terminer le chat",
  ended: "Cette conversation est terminée.", rate: "Comment s'est passée cette conversation ?", star: "{n} sur 5",
  comment: "Un commentaire ? (facultatif)", submit: "Envoyer la note", thanks: "Merci pour votre avis !",
  newChat: "Nouvelle conversation", sources: "Sources", you: "Vous", messages: "Messages",
  agent: "Conseiller", joined: "Un conseiller a rejoint la conversation.", emoji: "Insérer un emoji",
  attach: "Joindre un fichier", uploading: "Envoi de {n}…", uploaded: "{n} envoyé",
  tooBig: "Ce fichier est trop volumineux : {n} Mo au maximum.",
  badType: "Ce type de fichier ne peut pas être envoyé. Images, PDF, texte, CSV, Word, Excel et PowerPoint sont acceptés.",
  uploadFailed: "Le fichier n'a pas pu être envoyé.", download: "Télécharger {n}",
};

const de: Strings = {
  open: "Chat öffnen", close: "Chat schließen", title: "Chat", placeholder: "Nachricht eingeben…", send: "Senden",
  sending: "Wird gesendet…", sent: "Gesendet", delivered: "Zugestellt", read: "Gelesen",
  queued: "Warte auf Verbindung – wird gesendet, sobald du wieder online bist", failed: "Nicht gesendet", typing: "schreibt…",
  offline: "Du bist offline. Nachrichten werden gesendet, sobald die Verbindung zurück ist.", reconnecting: "Verbinde neu…",
  unavailable: "Der Chat ist auf dieser Seite nicht verfügbar.",
  notFound: "Dieser Chat wurde nicht gefunden. Prüfe die Chatbot-ID im Einbettungscode.",
  forbidden: "Diese Website darf diesen Chat nicht anzeigen. Bitte den Betreiber, sie als erlaubten Ursprung einzutragen.",
  storage: "Dein Browser blockiert Speicher: Dieses Gespräch wird nicht behalten.",
  tooLong: "Deine Nachricht war zu lang und wurde auf {n} Zeichen gekürzt.", end: "Chat beenden",
  ended: "Dieses Gespräch ist beendet.", rate: "Wie war dieses Gespräch?", star: "{n} von 5",
  comment: "Möchtest du etwas ergänzen? (optional)", submit: "Bewertung senden", thanks: "Danke für dein Feedback!",
  newChat: "Neues Gespräch beginnen", sources: "Quellen", you: "Du", messages: "Nachrichten",
  agent: "Support-Mitarbeiter", joined: "Ein Support-Mitarbeiter ist dem Gespräch beigetreten.", emoji: "Emoji einfügen",
  attach: "Datei anhängen", uploading: "{n} wird hochgeladen…", uploaded: "{n} hochgeladen",
  tooBig: "Diese Datei ist zu groß: höchstens {n} MB.",
  badType: "Diese Art von Datei kann nicht gesendet werden. Erlaubt sind Bilder, PDF, Text, CSV, Word, Excel und PowerPoint.",
  uploadFailed: "Die Datei konnte nicht hochgeladen werden.", download: "{n} herunterladen",
};

const pt: Strings = {
  open: "Abrir chat", close: "Fechar chat", title: "Chat", placeholder: "Escreva sua mensagem…", send: "Enviar",
  sending: "Enviando…", sent: "Enviada", delivered: "Entregue", read: "Lida",
  queued: "Aguardando conexão: será enviada quando você voltar a ficar online", failed: "Não enviada", typing: "digitando…",
  offline: "Você está offline. As mensagens serão enviadas quando a conexão voltar.", reconnecting: "Reconectando…",
  unavailable: "O chat não está disponível nesta página.",
  notFound: "Este chat não foi encontrado. Verifique o id do chatbot no código de incorporação.",
  forbidden: "Este site não pode mostrar este chat. Peça ao proprietário para adicioná-lo às origens permitidas.",
  storage: "Seu navegador bloqueia o armazenamento: esta conversa não será guardada.",
  tooLong: "Sua mensagem era longa demais e foi encurtada para {n} caracteres.", end: "Encerrar chat",
  ended: "Esta conversa terminou.", rate: "Como foi esta conversa?", star: "{n} de 5",
  comment: "Algo a acrescentar? (opcional)", submit: "Enviar avaliação", thanks: "Obrigado pelo seu feedback!",
  newChat: "Iniciar nova conversa", sources: "Fontes", you: "Você", messages: "Mensagens",
  agent: "Atendente", joined: "Um atendente entrou na conversa.", emoji: "Inserir emoji",
  attach: "Anexar um arquivo", uploading: "Enviando {n}…", uploaded: "{n} enviado",
  tooBig: "Este arquivo é grande demais: no máximo {n} MB.",
  badType: "Este tipo de arquivo não pode ser enviado. Imagens, PDF, texto, CSV, Word, Excel e PowerPoint podem.",
  uploadFailed: "Não foi possível enviar o arquivo.", download: "Baixar {n}",
};

const it: Strings = {
  open: "Apri la chat", close: "Chiudi la chat", title: "Chat", placeholder: "Scrivi il tuo messaggio…", send: "Invia",
  sending: "Invio…", sent: "Inviato", delivered: "Consegnato", read: "Letto",
  queued: "In attesa di connessione: sarà inviato quando tornerai online", failed: "Non inviato", typing: "sta scrivendo…",
  offline: "Sei offline. I messaggi saranno inviati al ritorno della connessione.", reconnecting: "Riconnessione…",
  unavailable: "La chat non è disponibile in questa pagina.",
  notFound: "Questa chat non è stata trovata. Controlla l'id del chatbot nel codice di incorporamento.",
  forbidden: "Questo sito non può mostrare questa chat. Chiedi al proprietario di aggiungerlo alle origini consentite.",
  storage: "Il tuo browser blocca l'archiviazione: questa conversazione non sarà conservata.",
  tooLong: "Il messaggio era troppo lungo ed è stato accorciato a {n} caratteri.", end: "Termina la chat",
  ended: "Questa conversazione è terminata.", rate: "Com'è andata questa conversazione?", star: "{n} su 5",
  comment: "Qualcosa da aggiungere? (facoltativo)", submit: "Invia valutazione", thanks: "Grazie per il tuo feedback!",
  newChat: "Inizia una nuova conversazione", sources: "Fonti", you: "Tu", messages: "Messaggi",
  agent: "Operatore", joined: "Un operatore si è unito alla conversazione.", emoji: "Inserisci emoji",
  attach: "Allega un file", uploading: "Caricamento di {n}…", uploaded: "{n} caricato",
  tooBig: "Il file è troppo grande: al massimo {n} MB.",
  badType: "Questo tipo di file non può essere inviato. Sono ammessi immagini, PDF, testo, CSV, Word, Excel e PowerPoint.",
  uploadFailed: "Non è stato possibile caricare il file.", download: "Scarica {n}",
};

const nl: Strings = {
  open: "Chat openen", close: "Chat sluiten", title: "Chat", placeholder: "Typ je bericht…", send: "Versturen",
  sending: "Versturen…", sent: "Verstuurd", delivered: "Afgeleverd", read: "Gelezen",
  queued: "Wacht op verbinding: wordt verstuurd zodra je weer online bent", failed: "Niet verstuurd", typing: "typt…",
  offline: "Je bent offline. Berichten worden verstuurd zodra de verbinding terug is.", reconnecting: "Opnieuw verbinden…",
  unavailable: "De chat is niet beschikbaar op deze pagina.",
  notFound: "Deze chat is niet gevonden. Controleer het chatbot-id in de insluitcode.",
  forbidden: "Deze website mag deze chat niet tonen. Vraag de eigenaar om hem toe te voegen aan de toegestane origins.",
  storage: "Je browser blokkeert opslag: dit gesprek wordt niet bewaard.",
  tooLong: "Je bericht was te lang en is ingekort tot {n} tekens.", end: "Chat beëindigen",
  ended: "Dit gesprek is beëindigd.", rate: "Hoe was dit gesprek?", star: "{n} van 5",
  comment: "Nog iets toe te voegen? (optioneel)", submit: "Beoordeling versturen", thanks: "Bedankt voor je feedback!",
  newChat: "Nieuw gesprek beginnen", sources: "Bronnen", you: "Jij", messages: "Berichten",
  agent: "Medewerker", joined: "Een medewerker neemt deel aan het gesprek.", emoji: "Emoji invoegen",
  attach: "Bestand bijvoegen", uploading: "{n} uploaden…", uploaded: "{n} geüpload",
  tooBig: "Dit bestand is te groot: hoogstens {n} MB.",
  badType: "Dit soort bestand kan niet worden verstuurd. Afbeeldingen, PDF, tekst, CSV, Word, Excel en PowerPoint wel.",
  uploadFailed: "Het bestand kon niet worden geüpload.", download: "{n} downloaden",
};

const ja: Strings = {
  open: "チャットを開く", close: "チャットを閉じる", title: "チャット", placeholder: "メッセージを入力…", send: "送信",
  sending: "送信中…", sent: "送信済み", delivered: "配信済み", read: "既読",
  queued: "接続待ち — オンラインに戻ると送信されます", failed: "未送信", typing: "入力中…",
  offline: "オフラインです。接続が戻るとメッセージが送信されます。", reconnecting: "再接続中…",
  unavailable: "このページではチャットを利用できません。",
  notFound: "このチャットが見つかりません。埋め込みコードのチャットボットIDを確認してください。",
  forbidden: "このサイトではこのチャットを表示できません。サイト管理者に許可オリジンへの追加を依頼してください。",
  storage: "ブラウザがストレージをブロックしているため、この会話は保存されません。",
  tooLong: "メッセージが長すぎるため {n} 文字に短縮されました。", end: "チャットを終了",
  ended: "この会話は終了しました。", rate: "この会話はいかがでしたか？", star: "5段階中{n}",
  comment: "ご意見があればどうぞ（任意）", submit: "評価を送信", thanks: "フィードバックありがとうございます！",
  newChat: "新しい会話を始める", sources: "出典", you: "あなた", messages: "メッセージ",
  agent: "サポート担当", joined: "サポート担当者が会話に参加しました。", emoji: "絵文字を挿入",
  attach: "ファイルを添付", uploading: "{n} をアップロード中…", uploaded: "{n} をアップロードしました",
  tooBig: "ファイルが大きすぎます（最大 {n} MB）。",
  badType: "この種類のファイルは送信できません。画像、PDF、テキスト、CSV、Word、Excel、PowerPoint は送信できます。",
  uploadFailed: "ファイルをアップロードできませんでした。", download: "{n} をダウンロード",
};

export const STRINGS: Record<string, Strings> = { en, es, fr, de, pt, it, nl, ja };

export function pickLanguage(supported: string[], forced?: string | null): string {
  const base = (tag: string) => tag.toLowerCase().split("-")[0];
  const known = (tag: string) => base(tag) in STRINGS;
  if (forced && known(forced)) return base(forced);
  const allowed = supported.map(base);
  const browser = (typeof navigator !== "undefined" && (navigator.languages || [navigator.language])) || [];
  for (const tag of browser) {
    const b = base(tag || "");
    if (known(b) && (allowed.length === 0 || allowed.includes(b))) return b;
  }
  const first = allowed.find(known);
  return first || "en";
}

export function format(s: string, n: number | string): string {
  return s.replace("{n}", String(n));
}
