import { localeOf } from '@portico/domain';
import { PortalLanguage } from '../clients/portal-language';
import { LetterKind } from './outbox-letter.entity';

/** What a letter needs to know; every value is inserted escaped into the HTML part. */
export interface LetterFacts {
  portalName: string;
  clientName: string;
  username: string;
  portalUrl: string;
  actionUrl: string;
  /** Human wording of how long the link stays valid, already in the letter's language. */
  validFor: string;
  /** For staff-session notices: who (or null when the agency hides staff names) and why. */
  staffName?: string | null;
  reason?: string | null;
  /** For e-mail change notices: the address the account now uses. */
  newEmail?: string;
  /** For new-message letters: the record's number and name. */
  recordLabel?: string;
  /** For message digests: each conversation's record, number and name. */
  recordList?: string[];
}

interface LetterText {
  subject: (facts: LetterFacts) => string;
  greeting: (facts: LetterFacts) => string;
  paragraphs: (facts: LetterFacts) => string[];
  button: string;
  after: (facts: LetterFacts) => string[];
}

type Catalogue = Record<LetterKind, LetterText>;

const CATALOGUES: Record<PortalLanguage, Catalogue> = {
  [PortalLanguage.EN]: {
    [LetterKind.MESSAGE_DIGEST]: {
      subject: (f) => `New messages from ${f.portalName}`,
      greeting: (f) => `Hello ${f.clientName},`,
      paragraphs: (f) => ['the agency wrote to you yesterday in these conversations:', ...(f.recordList ?? []).map((r) => `• ${r}`)],
      button: 'Open the portal',
      after: () => ['You get this digest once a day; change it under your profile.'],
    },
    [LetterKind.TWO_FACTOR_RESET]: {
      subject: (f) => `Two-factor sign-in of your ${f.portalName} account was reset`,
      greeting: (f) => `Hello ${f.clientName},`,
      paragraphs: (f) => [
        `an administrator has just removed the authenticator app and the recovery codes of your account ${f.username}. You sign in with your password alone until you set up an authenticator app again (under your profile).`,
      ],
      button: 'Open the portal',
      after: () => ['If you did not ask for this, please contact us at once.'],
    },
    [LetterKind.EMAIL_CHANGED]: {
      subject: (f) => `The e-mail address of your ${f.portalName} account was changed`,
      greeting: (f) => `Hello ${f.clientName},`,
      paragraphs: (f) => [
        `the e-mail address of your account ${f.username} was changed to ${f.newEmail}. Letters about your account, such as password resets, now go there; links sent to this address before no longer work.`,
      ],
      button: 'Open the portal',
      after: () => ['If you did not expect this, please contact us at once.'],
    },
    [LetterKind.NEW_MESSAGE]: {
      subject: (f) => `New message about ${f.recordLabel}`,
      greeting: (f) => `Hello ${f.clientName},`,
      paragraphs: (f) => [`the agency has written to you about ${f.recordLabel}. Read it and answer in the portal.`],
      button: 'Read the message',
      after: () => ['You get at most one such letter per conversation every few minutes.'],
    },
    [LetterKind.STAFF_SESSION_NOTICE]: {
      subject: (f) => `A staff member opened ${f.portalName} as your account`,
      greeting: (f) => `Hello ${f.clientName},`,
      paragraphs: (f) => [
        `${f.staffName ?? 'A member of our staff'} has just signed in to ${f.portalName} as your account ${f.username}, with permission to make changes.`,
        ...(f.reason ? [`Reason given: ${f.reason}`] : []),
        'Every change made in this session is recorded as made by our staff on your behalf.',
      ],
      button: 'See your sign-in activity',
      after: () => ['If you did not expect this, please contact us.'],
    },
    [LetterKind.WELCOME]: {
      subject: (f) => `Your access to ${f.portalName}`,
      greeting: (f) => `Hello ${f.clientName},`,
      paragraphs: (f) => [
        `you now have access to ${f.portalName}, where you can follow your projects, decide on quotes and send new requests.`,
        `Your username is ${f.username}. To sign in for the first time, set your password with the link below. The link works once and is valid for ${f.validFor}.`,
      ],
      button: 'Set your password',
      after: (f) => [`Afterwards, sign in at ${f.portalUrl} with your username and your new password.`],
    },
    [LetterKind.PASSWORD_RESET]: {
      subject: (f) => `Reset your ${f.portalName} password`,
      greeting: (f) => `Hello ${f.clientName},`,
      paragraphs: (f) => [
        `a new password was requested for the account ${f.username}. Choose it with the link below. The link works once and is valid for ${f.validFor}.`,
      ],
      button: 'Choose a new password',
      after: () => ['If you did not ask for this, ignore this letter: your password stays as it is.'],
    },
  },
  [PortalLanguage.DE]: {
    [LetterKind.MESSAGE_DIGEST]: {
      subject: (f) => `Neue Nachrichten im ${f.portalName}`,
      greeting: (f) => `Guten Tag ${f.clientName},`,
      paragraphs: (f) => [
        'die Agentur hat Ihnen gestern in diesen Unterhaltungen geschrieben:',
        ...(f.recordList ?? []).map((r) => `• ${r}`),
      ],
      button: 'Portal öffnen',
      after: () => ['Sie erhalten diese Übersicht einmal täglich; ändern können Sie das in Ihrem Profil.'],
    },
    [LetterKind.TWO_FACTOR_RESET]: {
      subject: (f) => `Die Zwei-Faktor-Anmeldung Ihres Kontos bei ${f.portalName} wurde zurückgesetzt`,
      greeting: (f) => `Guten Tag ${f.clientName},`,
      paragraphs: (f) => [
        `ein Administrator hat soeben die Authenticator-App und die Wiederherstellungscodes Ihres Kontos ${f.username} entfernt. Sie melden sich nur mit Ihrem Passwort an, bis Sie in Ihrem Profil wieder eine Authenticator-App einrichten.`,
      ],
      button: 'Portal öffnen',
      after: () => ['Falls Sie dies nicht veranlasst haben, wenden Sie sich bitte umgehend an uns.'],
    },
    [LetterKind.EMAIL_CHANGED]: {
      subject: (f) => `Die E-Mail-Adresse Ihres Kontos im ${f.portalName} wurde geändert`,
      greeting: (f) => `Guten Tag ${f.clientName},`,
      paragraphs: (f) => [
        `die E-Mail-Adresse Ihres Kontos ${f.username} wurde in ${f.newEmail} geändert. E-Mails zu Ihrem Konto, etwa zum Zurücksetzen des Passworts, gehen nun dorthin; zuvor an diese Adresse gesendete Links funktionieren nicht mehr.`,
      ],
      button: 'Portal öffnen',
      after: () => ['Falls Sie damit nicht gerechnet haben, wenden Sie sich bitte umgehend an uns.'],
    },
    [LetterKind.NEW_MESSAGE]: {
      subject: (f) => `Neue Nachricht zu ${f.recordLabel}`,
      greeting: (f) => `Guten Tag ${f.clientName},`,
      paragraphs: (f) => [`die Agentur hat Ihnen zu ${f.recordLabel} geschrieben. Lesen und beantworten Sie die Nachricht im Portal.`],
      button: 'Nachricht lesen',
      after: () => ['Sie erhalten höchstens alle paar Minuten einen solchen Brief je Unterhaltung.'],
    },
    [LetterKind.STAFF_SESSION_NOTICE]: {
      subject: (f) => `Eine Mitarbeiterin oder ein Mitarbeiter hat das ${f.portalName} mit Ihrem Konto geöffnet`,
      greeting: (f) => `Guten Tag ${f.clientName},`,
      paragraphs: (f) => [
        `${f.staffName ?? 'Jemand aus unserem Team'} hat sich soeben mit Ihrem Konto ${f.username} im ${f.portalName} angemeldet und darf dabei Änderungen vornehmen.`,
        ...(f.reason ? [`Angegebener Grund: ${f.reason}`] : []),
        'Jede Änderung in dieser Sitzung wird als Änderung unseres Teams in Ihrem Auftrag festgehalten.',
      ],
      button: 'Anmeldeaktivität ansehen',
      after: () => ['Falls Sie damit nicht gerechnet haben, wenden Sie sich bitte an uns.'],
    },
    [LetterKind.WELCOME]: {
      subject: (f) => `Ihr Zugang zum ${f.portalName}`,
      greeting: (f) => `Guten Tag ${f.clientName},`,
      paragraphs: (f) => [
        `Sie haben jetzt Zugang zum ${f.portalName}. Dort verfolgen Sie Ihre Projekte, entscheiden über Angebote und senden neue Anfragen.`,
        `Ihr Benutzername lautet ${f.username}. Legen Sie für die erste Anmeldung Ihr Passwort über den folgenden Link fest. Der Link ist einmal verwendbar und ${f.validFor} gültig.`,
      ],
      button: 'Passwort festlegen',
      after: (f) => [`Danach melden Sie sich unter ${f.portalUrl} mit Ihrem Benutzernamen und dem neuen Passwort an.`],
    },
    [LetterKind.PASSWORD_RESET]: {
      subject: (f) => `Passwort für ${f.portalName} zurücksetzen`,
      greeting: (f) => `Guten Tag ${f.clientName},`,
      paragraphs: (f) => [
        `für das Konto ${f.username} wurde ein neues Passwort angefordert. Wählen Sie es über den folgenden Link. Der Link ist einmal verwendbar und ${f.validFor} gültig.`,
      ],
      button: 'Neues Passwort wählen',
      after: () => ['Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.'],
    },
  },
  [PortalLanguage.FR]: {
    [LetterKind.MESSAGE_DIGEST]: {
      subject: (f) => `Nouveaux messages sur ${f.portalName}`,
      greeting: (f) => `Bonjour ${f.clientName},`,
      paragraphs: (f) => ['l’agence vous a écrit hier dans ces conversations :', ...(f.recordList ?? []).map((r) => `• ${r}`)],
      button: 'Ouvrir le portail',
      after: () => ['Vous recevez ce récapitulatif une fois par jour ; modifiez-le dans votre profil.'],
    },
    [LetterKind.TWO_FACTOR_RESET]: {
      subject: (f) => `La connexion à deux facteurs de votre compte ${f.portalName} a été réinitialisée`,
      greeting: (f) => `Bonjour ${f.clientName},`,
      paragraphs: (f) => [
        `un administrateur vient de supprimer l’application d’authentification et les codes de récupération de votre compte ${f.username}. Vous vous connectez avec votre seul mot de passe jusqu’à ce que vous configuriez à nouveau une application d’authentification (dans votre profil).`,
      ],
      button: 'Ouvrir le portail',
      after: () => ['Si vous n’en êtes pas à l’origine, contactez-nous immédiatement.'],
    },
    [LetterKind.EMAIL_CHANGED]: {
      subject: (f) => `L'adresse e-mail de votre compte ${f.portalName} a été modifiée`,
      greeting: (f) => `Bonjour ${f.clientName},`,
      paragraphs: (f) => [
        `l'adresse e-mail de votre compte ${f.username} a été remplacée par ${f.newEmail}. Les messages concernant votre compte, comme la réinitialisation du mot de passe, y sont désormais envoyés ; les liens envoyés auparavant à cette adresse ne fonctionnent plus.`,
      ],
      button: 'Ouvrir le portail',
      after: () => ['Si vous ne vous y attendiez pas, merci de nous contacter sans tarder.'],
    },
    [LetterKind.NEW_MESSAGE]: {
      subject: (f) => `Nouveau message concernant ${f.recordLabel}`,
      greeting: (f) => `Bonjour ${f.clientName},`,
      paragraphs: (f) => [`l’agence vous a écrit au sujet de ${f.recordLabel}. Lisez le message et répondez dans le portail.`],
      button: 'Lire le message',
      after: () => ['Vous recevez au plus un tel courriel par conversation toutes les quelques minutes.'],
    },
    [LetterKind.STAFF_SESSION_NOTICE]: {
      subject: (f) => `Un membre de notre équipe a ouvert ${f.portalName} avec votre compte`,
      greeting: (f) => `Bonjour ${f.clientName},`,
      paragraphs: (f) => [
        `${f.staffName ?? 'Un membre de notre équipe'} vient de se connecter à ${f.portalName} avec votre compte ${f.username}, avec l'autorisation d'effectuer des modifications.`,
        ...(f.reason ? [`Motif indiqué : ${f.reason}`] : []),
        'Chaque modification faite pendant cette session est enregistrée comme faite par notre équipe en votre nom.',
      ],
      button: "Voir l'activité de connexion",
      after: () => ['Si vous ne vous y attendiez pas, merci de nous contacter.'],
    },
    [LetterKind.WELCOME]: {
      subject: (f) => `Votre accès à ${f.portalName}`,
      greeting: (f) => `Bonjour ${f.clientName},`,
      paragraphs: (f) => [
        `vous avez désormais accès à ${f.portalName}, où vous suivez vos projets, décidez de vos devis et envoyez de nouvelles demandes.`,
        `Votre identifiant est ${f.username}. Pour votre première connexion, définissez votre mot de passe avec le lien ci-dessous. Le lien ne sert qu'une fois et reste valable ${f.validFor}.`,
      ],
      button: 'Définir mon mot de passe',
      after: (f) => [`Ensuite, connectez-vous sur ${f.portalUrl} avec votre identifiant et votre nouveau mot de passe.`],
    },
    [LetterKind.PASSWORD_RESET]: {
      subject: (f) => `Réinitialiser votre mot de passe ${f.portalName}`,
      greeting: (f) => `Bonjour ${f.clientName},`,
      paragraphs: (f) => [
        `un nouveau mot de passe a été demandé pour le compte ${f.username}. Choisissez-le avec le lien ci-dessous. Le lien ne sert qu'une fois et reste valable ${f.validFor}.`,
      ],
      button: 'Choisir un nouveau mot de passe',
      after: () => ["Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé."],
    },
  },
  [PortalLanguage.ES]: {
    [LetterKind.MESSAGE_DIGEST]: {
      subject: (f) => `Nuevos mensajes en ${f.portalName}`,
      greeting: (f) => `Hola, ${f.clientName}:`,
      paragraphs: (f) => ['la agencia le escribió ayer en estas conversaciones:', ...(f.recordList ?? []).map((r) => `• ${r}`)],
      button: 'Abrir el portal',
      after: () => ['Recibe este resumen una vez al día; puede cambiarlo en su perfil.'],
    },
    [LetterKind.TWO_FACTOR_RESET]: {
      subject: (f) => `Se ha restablecido el inicio de sesión en dos pasos de su cuenta de ${f.portalName}`,
      greeting: (f) => `Hola, ${f.clientName}:`,
      paragraphs: (f) => [
        `un administrador acaba de eliminar la aplicación de autenticación y los códigos de recuperación de su cuenta ${f.username}. Iniciará sesión solo con su contraseña hasta que vuelva a configurar una aplicación de autenticación (en su perfil).`,
      ],
      button: 'Abrir el portal',
      after: () => ['Si no lo ha solicitado, póngase en contacto con nosotros de inmediato.'],
    },
    [LetterKind.EMAIL_CHANGED]: {
      subject: (f) => `Se ha cambiado la dirección de correo de su cuenta de ${f.portalName}`,
      greeting: (f) => `Hola, ${f.clientName}:`,
      paragraphs: (f) => [
        `la dirección de correo de su cuenta ${f.username} se ha cambiado a ${f.newEmail}. Los mensajes sobre su cuenta, como el restablecimiento de la contraseña, se envían ahora allí; los enlaces enviados antes a esta dirección ya no funcionan.`,
      ],
      button: 'Abrir el portal',
      after: () => ['Si no lo esperaba, póngase en contacto con nosotros de inmediato.'],
    },
    [LetterKind.NEW_MESSAGE]: {
      subject: (f) => `Nuevo mensaje sobre ${f.recordLabel}`,
      greeting: (f) => `Hola, ${f.clientName}:`,
      paragraphs: (f) => [`la agencia le ha escrito sobre ${f.recordLabel}. Lea el mensaje y responda en el portal.`],
      button: 'Leer el mensaje',
      after: () => ['Recibirá como máximo un correo así por conversación cada pocos minutos.'],
    },
    [LetterKind.STAFF_SESSION_NOTICE]: {
      subject: (f) => `Un miembro de nuestro equipo ha abierto ${f.portalName} con su cuenta`,
      greeting: (f) => `Hola, ${f.clientName}:`,
      paragraphs: (f) => [
        `${f.staffName ?? 'Un miembro de nuestro equipo'} acaba de iniciar sesión en ${f.portalName} con su cuenta ${f.username}, con permiso para hacer cambios.`,
        ...(f.reason ? [`Motivo indicado: ${f.reason}`] : []),
        'Cada cambio hecho en esta sesión queda registrado como hecho por nuestro equipo en su nombre.',
      ],
      button: 'Ver la actividad de inicio de sesión',
      after: () => ['Si no lo esperaba, póngase en contacto con nosotros.'],
    },
    [LetterKind.WELCOME]: {
      subject: (f) => `Su acceso a ${f.portalName}`,
      greeting: (f) => `Hola, ${f.clientName}:`,
      paragraphs: (f) => [
        `ya tiene acceso a ${f.portalName}, donde puede seguir sus proyectos, decidir sobre presupuestos y enviar nuevas solicitudes.`,
        `Su nombre de usuario es ${f.username}. Para iniciar sesión por primera vez, establezca su contraseña con el enlace siguiente. El enlace solo sirve una vez y es válido durante ${f.validFor}.`,
      ],
      button: 'Establecer la contraseña',
      after: (f) => [`Después, inicie sesión en ${f.portalUrl} con su nombre de usuario y su nueva contraseña.`],
    },
    [LetterKind.PASSWORD_RESET]: {
      subject: (f) => `Restablecer su contraseña de ${f.portalName}`,
      greeting: (f) => `Hola, ${f.clientName}:`,
      paragraphs: (f) => [
        `se ha solicitado una nueva contraseña para la cuenta ${f.username}. Elíjala con el enlace siguiente. El enlace solo sirve una vez y es válido durante ${f.validFor}.`,
      ],
      button: 'Elegir una nueva contraseña',
      after: () => ['Si no lo ha solicitado usted, ignore este mensaje: su contraseña no cambia.'],
    },
  },
  [PortalLanguage.PL]: {
    [LetterKind.MESSAGE_DIGEST]: {
      subject: (f) => `Nowe wiadomości w ${f.portalName}`,
      greeting: (f) => `Dzień dobry ${f.clientName},`,
      paragraphs: (f) => ['biuro napisało do Ciebie wczoraj w tych rozmowach:', ...(f.recordList ?? []).map((r) => `• ${r}`)],
      button: 'Otwórz portal',
      after: () => ['To podsumowanie otrzymujesz raz dziennie; możesz to zmienić w swoim profilu.'],
    },
    [LetterKind.TWO_FACTOR_RESET]: {
      subject: (f) => `Logowanie dwuskładnikowe Twojego konta w ${f.portalName} zostało zresetowane`,
      greeting: (f) => `Dzień dobry ${f.clientName},`,
      paragraphs: (f) => [
        `administrator właśnie usunął aplikację uwierzytelniającą i kody odzyskiwania Twojego konta ${f.username}. Do czasu ponownego skonfigurowania aplikacji uwierzytelniającej (w profilu) logujesz się samym hasłem.`,
      ],
      button: 'Otwórz portal',
      after: () => ['Jeśli to nie Ty o to prosiłeś, skontaktuj się z nami natychmiast.'],
    },
    [LetterKind.EMAIL_CHANGED]: {
      subject: (f) => `Zmieniono adres e-mail Twojego konta w ${f.portalName}`,
      greeting: (f) => `Dzień dobry, ${f.clientName},`,
      paragraphs: (f) => [
        `adres e-mail Twojego konta ${f.username} zmieniono na ${f.newEmail}. Wiadomości dotyczące konta, np. reset hasła, trafiają teraz tam; linki wysłane wcześniej na ten adres przestały działać.`,
      ],
      button: 'Otwórz portal',
      after: () => ['Jeśli się tego nie spodziewałeś(-aś), niezwłocznie skontaktuj się z nami.'],
    },
    [LetterKind.NEW_MESSAGE]: {
      subject: (f) => `Nowa wiadomość w sprawie ${f.recordLabel}`,
      greeting: (f) => `Dzień dobry, ${f.clientName},`,
      paragraphs: (f) => [`biuro napisało do Ciebie w sprawie ${f.recordLabel}. Przeczytaj wiadomość i odpowiedz w portalu.`],
      button: 'Przeczytaj wiadomość',
      after: () => ['Otrzymasz najwyżej jeden taki list na rozmowę co kilka minut.'],
    },
    [LetterKind.STAFF_SESSION_NOTICE]: {
      subject: (f) => `Pracownik agencji otworzył ${f.portalName} na Twoim koncie`,
      greeting: (f) => `Dzień dobry, ${f.clientName},`,
      paragraphs: (f) => [
        `${f.staffName ?? 'Pracownik naszej agencji'} zalogował(a) się właśnie do ${f.portalName} na Twoje konto ${f.username} z prawem wprowadzania zmian.`,
        ...(f.reason ? [`Podany powód: ${f.reason}`] : []),
        'Każda zmiana w tej sesji jest zapisywana jako zmiana wprowadzona przez nasz zespół w Twoim imieniu.',
      ],
      button: 'Zobacz aktywność logowania',
      after: () => ['Jeśli się tego nie spodziewałeś(-aś), skontaktuj się z nami.'],
    },
    [LetterKind.WELCOME]: {
      subject: (f) => `Twój dostęp do ${f.portalName}`,
      greeting: (f) => `Dzień dobry, ${f.clientName},`,
      paragraphs: (f) => [
        `masz teraz dostęp do ${f.portalName}, gdzie możesz śledzić projekty, decydować o ofertach i wysyłać nowe zapytania.`,
        `Twoja nazwa użytkownika to ${f.username}. Aby zalogować się po raz pierwszy, ustaw hasło za pomocą poniższego linku. Link działa jeden raz i jest ważny przez ${f.validFor}.`,
      ],
      button: 'Ustaw hasło',
      after: (f) => [`Następnie zaloguj się na ${f.portalUrl}, podając nazwę użytkownika i nowe hasło.`],
    },
    [LetterKind.PASSWORD_RESET]: {
      subject: (f) => `Zresetuj hasło do ${f.portalName}`,
      greeting: (f) => `Dzień dobry, ${f.clientName},`,
      paragraphs: (f) => [
        `poproszono o nowe hasło do konta ${f.username}. Wybierz je za pomocą poniższego linku. Link działa jeden raz i jest ważny przez ${f.validFor}.`,
      ],
      button: 'Wybierz nowe hasło',
      after: () => ['Jeśli to nie Ty, zignoruj tę wiadomość: Twoje hasło pozostaje bez zmian.'],
    },
  },
};

/** "7 days", "60 Minuten", ... in the letter's language. */
export function describeDuration(language: PortalLanguage, minutes: number): string {
  const format = (value: number, unit: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(localeOf(language), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  if (minutes % (24 * 60) === 0) return format(minutes / (24 * 60), 'day');
  if (minutes % 60 === 0) return format(minutes / 60, 'hour');
  return format(minutes, 'minute');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface WrittenLetter {
  subject: string;
  text: string;
  html: string;
}

/** Writes a letter in the client's language, as plain text and as HTML, with the agency's portal name. */
export function writeLetter(kind: LetterKind, language: PortalLanguage, facts: LetterFacts, primaryColor: string): WrittenLetter {
  const words = CATALOGUES[language][kind];
  const paragraphs = [...words.paragraphs(facts)];
  const after = words.after(facts);
  const text = [
    words.greeting(facts),
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    `${words.button}: ${facts.actionUrl}`,
    '',
    ...after.flatMap((p) => [p, '']),
    `— ${facts.portalName}`,
  ].join('\n');
  const html = `<!doctype html><html lang="${localeOf(language)}"><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5">
<h1 style="font-size:20px;color:${escapeHtml(primaryColor)}">${escapeHtml(facts.portalName)}</h1>
<p>${escapeHtml(words.greeting(facts))}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(facts.actionUrl)}" style="display:inline-block;padding:10px 18px;background:${escapeHtml(primaryColor)};color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(words.button)}</a></p>
${after.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p style="color:#6b7280">${escapeHtml(facts.portalName)}</p>
</body></html>`;
  return { subject: words.subject(facts), text, html };
}
