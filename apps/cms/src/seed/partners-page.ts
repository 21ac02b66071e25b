// The /partners page's texts (the site adds the hotline card's snippets and the API, directory and
// feed addresses below them): for partner agencies, 211, state and school sites. Written for the
// site, in English, Spanish and French; editors change them like any page.
import { paragraph } from './blocks';
import type { PageSeed } from './pages';
import type { PageTranslation, TranslatedLocale } from './translations';

export const partnersPage: PageSeed = {
  title: 'For partners',
  slug: 'partners',
  summary: 'Show the hotline on your site, and use our content, our directory and our feeds in your own systems.',
  order: 90,
  showInNavigation: false,
  showInFooter: true,
  body: [
    {
      __component: 'sections.rich-text',
      body: [
        paragraph(
          'The content of this site is open to the agencies of the Provider Council, to 211 and to state and school sites. The hotline card, the directory and the feeds below are free to use and need no sign-up.',
        ),
      ],
    },
    {
      __component: 'sections.rich-text',
      heading: 'Ask for an API token',
      body: [
        paragraph(
          'With a token of its own, your system reads the content API with a limit of its own instead of the one shared by anonymous visitors. Write to us through the contact page: say who you are, what you will build and how often it will ask. MECASA staff send the token by a safe channel; it reads published content only.',
        ),
        paragraph(
          'We can also tell your server the moment something is published, changed or removed: a small signed message (Standard Webhooks) saying what changed, never anyone’s personal details. Ask for it in the same message, with the address it should go to.',
        ),
      ],
    },
    { __component: 'sections.page-links', heading: 'Write to us', pageSlugs: ['contact'] },
  ],
};

export const partnersPageTranslations: Record<TranslatedLocale, PageTranslation> = {
  es: {
    title: 'Para organizaciones aliadas',
    summary: 'Muestre la línea de ayuda en su sitio y use nuestro contenido, nuestro directorio y nuestras fuentes en sus propios sistemas.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'El contenido de este sitio está abierto a las agencias del Consejo de Proveedores, al 211 y a los sitios estatales y escolares. La tarjeta de la línea de ayuda, el directorio y las fuentes que siguen son de uso libre y no requieren registro.',
          ),
        ],
      },
      {
        __component: 'sections.rich-text',
        heading: 'Pida un token de la API',
        body: [
          paragraph(
            'Con un token propio, su sistema lee la API de contenido con un límite propio, en lugar del que comparten los visitantes anónimos. Escríbanos desde la página de contacto: diga quién es, qué va a construir y con qué frecuencia consultará. El personal de MECASA le envía el token por un medio seguro; solo lee contenido publicado.',
          ),
          paragraph(
            'También podemos avisar a su servidor en el momento en que algo se publica, cambia o se retira: un mensaje breve y firmado (Standard Webhooks) que dice qué cambió, nunca datos personales de nadie. Pídalo en el mismo mensaje, con la dirección a la que debe llegar.',
          ),
        ],
      },
      { __component: 'sections.page-links', heading: 'Escríbanos', pageSlugs: ['contact'] },
    ],
  },
  fr: {
    title: 'Pour les partenaires',
    summary: 'Affichez la ligne d’assistance sur votre site et utilisez notre contenu, notre annuaire et nos flux dans vos propres systèmes.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Le contenu de ce site est ouvert aux organismes du Conseil des prestataires, au 211 et aux sites de l’État et des écoles. La carte de la ligne d’assistance, l’annuaire et les flux ci-dessous sont libres d’utilisation, sans inscription.',
          ),
        ],
      },
      {
        __component: 'sections.rich-text',
        heading: 'Demander un jeton d’API',
        body: [
          paragraph(
            'Avec son propre jeton, votre système lit l’API de contenu avec sa propre limite, au lieu de celle que partagent les visiteurs anonymes. Écrivez-nous depuis la page de contact : dites qui vous êtes, ce que vous allez construire et à quelle fréquence il interrogera l’API. Le personnel de MECASA vous envoie le jeton par un moyen sûr ; il ne lit que le contenu publié.',
          ),
          paragraph(
            'Nous pouvons aussi prévenir votre serveur dès qu’un contenu est publié, modifié ou retiré : un court message signé (Standard Webhooks) qui dit ce qui a changé, jamais les données personnelles de quiconque. Demandez-le dans le même message, avec l’adresse à laquelle il doit arriver.',
          ),
        ],
      },
      { __component: 'sections.page-links', heading: 'Écrivez-nous', pageSlugs: ['contact'] },
    ],
  },
};
