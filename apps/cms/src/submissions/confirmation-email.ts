// The newsletter's emails to a subscriber in each of the site's languages (the sign-up's
// `language`): the confirmation request, and the note to an address already confirmed that signs
// up again (its owner hears of it; whoever sent the form learns nothing). Subject and lines, with
// the links to the site's pages in that language. Staff notices stay in English. A language added
// to LOCALES needs its text here (the typecheck says so).
import { LOCALES } from '../bootstrap/locales';

export type SignUpLanguage = (typeof LOCALES)[number]['code'];

interface ConfirmationText {
  subject: string;
  lines: (links: { confirm: string; unsubscribe: string }) => string[];
}

export const CONFIRMATION_TEXT: Record<SignUpLanguage, ConfirmationText> = {
  en: {
    subject: 'Please confirm your Maine STEN newsletter sign-up',
    lines: ({ confirm, unsubscribe }) => [
      'Someone, probably you, asked to receive the Maine STEN e-newsletter at this address.',
      '',
      `To confirm, open this link and press the Confirm button: ${confirm}`,
      '',
      'If it was not you, ignore this email: nothing more will be sent, and the address is deleted within 7 days.',
      '',
      `Unsubscribe: ${unsubscribe}`,
    ],
  },
  es: {
    subject: 'Confirme su suscripción al boletín de Maine STEN',
    lines: ({ confirm, unsubscribe }) => [
      'Alguien, probablemente usted, pidió recibir el boletín electrónico de Maine STEN en esta dirección.',
      '',
      `Para confirmarlo, abra este enlace y pulse el botón Confirmar: ${confirm}`,
      '',
      'Si no fue usted, ignore este correo: no se enviará nada más y la dirección se borrará en 7 días.',
      '',
      `Cancelar la suscripción: ${unsubscribe}`,
    ],
  },
  fr: {
    subject: 'Confirmez votre inscription à la lettre d’information de Maine STEN',
    lines: ({ confirm, unsubscribe }) => [
      'Quelqu’un, probablement vous, a demandé à recevoir la lettre d’information de Maine STEN à cette adresse.',
      '',
      `Pour confirmer, ouvrez ce lien et appuyez sur le bouton Confirmer : ${confirm}`,
      '',
      'Si ce n’était pas vous, ignorez ce message : rien d’autre ne sera envoyé, et l’adresse sera supprimée sous 7 jours.',
      '',
      `Se désabonner : ${unsubscribe}`,
    ],
  },
};

interface AlreadySubscribedText {
  subject: string;
  lines: (links: { unsubscribe: string }) => string[];
}

export const ALREADY_SUBSCRIBED_TEXT: Record<SignUpLanguage, AlreadySubscribedText> = {
  en: {
    subject: 'You already receive the Maine STEN newsletter',
    lines: ({ unsubscribe }) => [
      'Someone, probably you, asked again to receive the Maine STEN e-newsletter at this address.',
      '',
      'This address is already confirmed: there is nothing to do, and nothing has changed.',
      '',
      `Unsubscribe: ${unsubscribe}`,
    ],
  },
  es: {
    subject: 'Ya recibe el boletín de Maine STEN',
    lines: ({ unsubscribe }) => [
      'Alguien, probablemente usted, volvió a pedir recibir el boletín electrónico de Maine STEN en esta dirección.',
      '',
      'Esta dirección ya está confirmada: no tiene que hacer nada y nada ha cambiado.',
      '',
      `Cancelar la suscripción: ${unsubscribe}`,
    ],
  },
  fr: {
    subject: 'Vous recevez déjà la lettre d’information de Maine STEN',
    lines: ({ unsubscribe }) => [
      'Quelqu’un, probablement vous, a de nouveau demandé à recevoir la lettre d’information de Maine STEN à cette adresse.',
      '',
      'Cette adresse est déjà confirmée : vous n’avez rien à faire, et rien n’a changé.',
      '',
      `Se désabonner : ${unsubscribe}`,
    ],
  },
};

export const signUpLanguage = (value: unknown): SignUpLanguage =>
  LOCALES.find((locale) => locale.code === value)?.code ?? 'en';
