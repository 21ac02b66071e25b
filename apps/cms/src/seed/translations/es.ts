// Spanish (es) translation of the seed content. Many readers are survivors of trafficking and
// immigrants who read little English, so the text is plain, neutral Latin-American Spanish, says
// "usted", and says exactly what the English says: nothing added, nothing softened.
// Terms follow /work/shared/translation-glossary.md and apps/web/messages/es.json (where the interface
// already chose a word, e.g. «materiales de difusión», it wins). Organisation and program names stay
// in English. Numbers come only from the English; hotline numbers only from the {{hotline.phone}} token.
import { bulletList, DONATE_LINK, paragraph } from '../blocks';
import type { ContentTranslation, FaqTranslation, PageTranslation, ResourceTranslation } from './types';

const items = (texts: string[]) => texts.map((text) => ({ text }));

// --- Pages (pages.ts and partners-page.ts), by slug ---------------------------------------------

const pages: Record<string, PageTranslation> = {
  contact: {
    title: 'Contáctenos',
    summary: 'Pregúntenos sobre capacitación, facilitadores capacitados en su comunidad o nuestro trabajo.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Escríbanos sobre capacitación, sobre facilitadores capacitados en su comunidad o sobre el trabajo de la Maine Sex Trafficking and Exploitation Network. El personal de MECASA lee cada mensaje y responde en pocos días hábiles.',
          ),
        ],
      },
      {
        __component: 'sections.form',
        form: 'contact',
        fieldHelp: [
          { field: 'phone', help: 'Solo si quiere que le llamemos.' },
          {
            field: 'message',
            help: 'Por favor, no escriba detalles de una situación que alguien vive en este momento: para eso, contacte la línea de ayuda.',
          },
        ],
        submitLabel: 'Enviar mensaje',
        confirmationHeading: 'Gracias, su mensaje se envió',
        confirmationText:
          'El personal de MECASA le responderá en pocos días hábiles, de la forma que usted eligió. Si necesita ayuda ahora, contacte la línea de ayuda que está arriba en esta página.',
      },
    ],
  },
  'request-training': {
    title: 'Solicitar capacitación',
    summary: 'Lleve a su trabajo o comunidad una capacitación sobre la trata con fines de explotación sexual y la explotación.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Maine STEN capacita a profesionales y a grupos comunitarios de todo Maine para identificar y apoyar a víctimas/sobrevivientes de la trata de personas. Cuéntenos sobre su grupo y nos pondremos en contacto con usted para planear juntos la capacitación.',
          ),
        ],
      },
      {
        __component: 'sections.form',
        form: 'trainingRequest',
        fieldHelp: [
          { field: 'role', help: 'Su puesto o su función en la organización.' },
          {
            field: 'audience',
            help: 'Quiénes asistirían, por ejemplo personal de enfermería de escuelas, personal de un albergue o una comunidad de fe.',
          },
          { field: 'audienceSize', help: 'Cuántas personas, más o menos. Escríbalo con números.' },
          { field: 'preferredDates', help: 'Opcional. Fechas o meses que le convengan.' },
          { field: 'topics', help: 'Opcional. Qué le gustaría que incluya la capacitación.' },
        ],
        submitLabel: 'Enviar solicitud',
        confirmationHeading: 'Gracias, su solicitud se envió',
        confirmationText:
          'El personal de MECASA se pondrá en contacto con usted en pocos días hábiles para planear la capacitación con usted.',
      },
    ],
  },
  newsletter: {
    title: 'Boletín',
    summary: 'Suscríbase al boletín electrónico trimestral de Maine STEN.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Un boletín trimestral por correo electrónico para los proveedores que trabajan contra la trata y para todas las personas a quienes les importa este tema en Maine. Primero le enviamos un correo electrónico para confirmar su dirección, y cada boletín trae un enlace para cancelar la suscripción.',
          ),
        ],
      },
      {
        __component: 'sections.form',
        form: 'newsletter',
        submitLabel: 'Suscribirse',
        confirmationHeading: 'Revise su correo electrónico',
        confirmationText:
          'Le enviamos un correo electrónico con un enlace para confirmar su suscripción. No le enviaremos nada más hasta que confirme. Si no le llega en una hora, busque en su carpeta de correo no deseado (spam).',
      },
    ],
  },
  about: {
    title: 'Sobre Maine STEN',
    summary: 'Quiénes somos, y la capacitación, las herramientas y la labor de defensa que ofrecemos en todo Maine.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'La Maine Sex Trafficking and Exploitation Network (Red de Maine contra la Trata con Fines de Explotación Sexual y la Explotación) ofrece capacitación, asistencia técnica y recursos a los proveedores de servicios directos que participan en las acciones contra la trata en Maine. También ofrece sensibilización de la comunidad y apoyo en políticas públicas. Este trabajo cuenta con el apoyo de un Consejo de Proveedores estatal, y es un programa de la Maine Coalition Against Sexual Assault (Coalición de Maine contra la Agresión Sexual).',
          ),
        ],
      },
      {
        __component: 'sections.bulleted-list',
        intro: 'Nuestras acciones incluyen:',
        items: items([
          'Capacitación y asistencia técnica sobre las mejores prácticas reconocidas a nivel nacional, para las acciones locales contra la trata, los proveedores de servicios directos y los equipos multidisciplinarios de todo el estado.',
          'Herramientas para que los proveedores que trabajan contra la trata presten servicios de forma más eficaz, como el Fondo de Apoyo a Sobrevivientes (Survivor Support Fund), para sobrevivientes de la trata; un boletín trimestral por correo electrónico; y recursos como herramientas de detección compartidas.',
          'Una colección de recursos en internet, con enlaces a las acciones contra la trata en Maine, a las leyes de Maine y nacionales sobre la trata, a materiales de difusión y a políticas y protocolos modelo.',
          'Defensa de políticas públicas para apoyar una respuesta contra la trata propia de Maine, basada en prácticas eficaces reconocidas a nivel nacional y que responda a las necesidades de la comunidad de Maine.',
        ]),
      },
      { __component: 'sections.page-links', heading: 'Participe', pageSlugs: ['newsletter', 'request-training', 'contact'] },
    ],
  },
  philosophy: {
    title: 'Nuestra filosofía',
    summary: 'Los principios rectores que pedimos a los servicios para víctimas y a las acciones de capacitación y sensibilización.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Las acciones contra la trata en Maine han crecido muchísimo en los últimos años, y hoy comienzan a tomar forma en el estado más acciones que nunca. Como el problema es tan complejo, es fundamental que las nuevas acciones sigan principios comunes para asegurar el más alto nivel de calidad. Por eso, la Maine Sex Trafficking and Exploitation Network apoya la siguiente filosofía sobre los servicios para víctimas y las acciones de capacitación y sensibilización.',
          ),
        ],
      },
      {
        __component: 'sections.guiding-principles',
        heading: 'Principios rectores',
        group: 'foundational',
        citationMarker: '1',
      },
      { __component: 'sections.guiding-principles', heading: 'Los servicios para víctimas deben ser:', group: 'victimServices' },
      {
        __component: 'sections.guiding-principles',
        heading: 'Las acciones de capacitación y sensibilización deben ser:',
        group: 'trainingAndAwareness',
      },
      {
        __component: 'sections.citation',
        marker: '1',
        text: 'Adaptado del Wisconsin Human Trafficking Protocol and Resource Manual, 2012.',
      },
    ],
  },
  'provider-council': {
    title: 'Consejo de Proveedores de Maine STEN',
    summary: 'El consejo estatal de proveedores de servicios directos que orienta nuestro trabajo, y sus agencias miembro.',
    body: [
      {
        __component: 'sections.bulleted-list',
        heading: 'Propósito:',
        items: items([
          'Orientar los servicios y la capacitación locales en lo que se refiere a los sistemas y recursos estatales.',
          'Dar información actualizada a los equipos multidisciplinarios locales contra la trata.',
          'Orientar los protocolos y la distribución del Fondo de Apoyo a Sobrevivientes (Survivor Support Fund), que coordina MECASA.',
        ]),
      },
      {
        __component: 'sections.bulleted-list',
        heading: 'Acciones:',
        intro:
          'El Consejo de Proveedores de Maine STEN ayuda al personal de MECASA a decidir qué acciones contra la trata son prioritarias, y a crear una respuesta estatal coherente de los proveedores de servicios directos sobre estos temas. Algunos de los proyectos en los que ha trabajado el Consejo de Proveedores son:',
        items: items([
          'Apoyo y asesoría para la evaluación estatal de necesidades;',
          'Consultas sobre la capacitación y los materiales de difusión estatales;',
          'Comentarios sobre las necesidades y las carencias de servicios en todo el estado;',
          'Aprobación de los protocolos para la distribución del Fondo de Apoyo a Sobrevivientes; y',
          'Evaluación del protocolo de derivación de la Línea Nacional contra la Trata de Personas.',
        ]),
      },
      {
        __component: 'sections.council-agencies',
        heading: 'Participantes:',
        intro:
          'Se invita a participar a todos los proveedores de servicios directos representados en el Grupo de Trabajo sobre la Trata del Fiscal General (AG’s Trafficking Work Group), y a los proveedores de servicios que presiden los equipos multidisciplinarios locales contra la trata. Las agencias participantes incluyen:',
      },
    ],
  },
  faq: {
    title: 'Preguntas frecuentes',
    summary: 'Respuestas a preguntas comunes sobre la trata de personas en Maine y cómo ayudar.',
    body: [{ __component: 'sections.faq-list' }],
  },
  resources: {
    title: 'Recursos',
    summary: 'Leyes, materiales de difusión, políticas modelo, herramientas de detección, capacitación y más.',
    body: [{ __component: 'sections.resource-list' }],
  },
  'get-help': {
    title: 'Ayuda inmediata',
    summary:
      'Llame, envíe un mensaje de texto o use TTY para contactar la Línea Nacional contra la Trata de Personas, y navegue con más seguridad.',
    body: [
      { __component: 'sections.hotline', heading: 'Contacte la línea de ayuda' },
      {
        __component: 'sections.rich-text',
        heading: 'Navegar con más seguridad',
        body: [
          paragraph('Si otra persona usa o revisa su teléfono o computadora, esa persona podría ver qué sitios web visitó usted.'),
          paragraph(
            'El botón «Salir de esta página», arriba en cada página, abre enseguida un sitio web del clima y reemplaza esta página en el historial de la pestaña. Pulsar la tecla Mayús tres veces hace lo mismo. Esto no puede borrar las páginas de este sitio que usted abrió antes.',
          ),
          paragraph(
            'Para borrar sus visitas, elimine las páginas de este sitio del historial de su navegador, o navegue en una ventana privada (de incógnito), que no guarda historial una vez cerrada.',
          ),
          paragraph(
            'Si cree que alguien vigila su dispositivo, use uno que esa persona no pueda revisar, como el teléfono de una amistad o una computadora de una biblioteca pública.',
          ),
        ],
      },
      { __component: 'sections.page-links', heading: 'Más información', pageSlugs: ['about', 'faq'] },
    ],
  },
  home: {
    title: 'Maine Sex Trafficking and Exploitation Network',
    summary:
      'Capacitación, recursos y un Consejo de Proveedores estatal contra la trata con fines de explotación sexual y la explotación en Maine.',
    body: [
      { __component: 'sections.hotline' },
      { __component: 'sections.page-links', pageSlugs: ['get-help', 'about', 'philosophy', 'provider-council', 'faq', 'resources'] },
    ],
  },
  partners: {
    title: 'Para organizaciones aliadas',
    summary:
      'Muestre la línea de ayuda en su sitio y use nuestro contenido, nuestro directorio y nuestras fuentes en sus propios sistemas.',
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
            'Con un token propio, su sistema lee la API de contenido con un límite propio, en lugar del que comparten los visitantes anónimos. Escríbanos desde la página de contacto: diga quién es, qué va a construir y con qué frecuencia consultará. El personal de MECASA le envía el token por un medio seguro; el token solo lee contenido publicado.',
          ),
          paragraph(
            'También podemos avisar a su servidor en el momento en que algo se publica, cambia o se retira: un mensaje breve y firmado (Standard Webhooks) que dice qué cambió, nunca datos personales de nadie. Pídalo en el mismo mensaje, con la dirección a la que debe llegar.',
          ),
        ],
      },
      { __component: 'sections.page-links', heading: 'Escríbanos', pageSlugs: ['contact'] },
    ],
  },
};

// --- Frequently asked questions (faqs.ts), by the English question's slug ---------------------

const faqs: Record<string, FaqTranslation> = {
  'what-is-human-trafficking': {
    question: '¿Qué es la trata de personas?',
    answer: [
      paragraph(
        'La trata de personas es un delito en el que se obliga a personas a trabajar y/o a participar en el comercio sexual mediante la fuerza, el fraude o la coerción, para el beneficio económico de un tratante.',
      ),
      paragraph('Toda persona menor de edad en el comercio sexual es víctima/sobreviviente de la trata de personas.'),
      paragraph(
        '«Trata de personas» es una categoría legal. Algunas personas son víctimas de explotación, que es el abuso de una situación de vulnerabilidad, de poder desigual o de confianza, en la que alguien obtiene beneficios económicos o sociales del trabajo o del comercio sexual de otra persona.',
      ),
      paragraph(
        'Toda trata de personas es explotación, pero no todo acto de explotación es, legalmente, trata de personas. La trata de personas está definida por las leyes federales y estatales.',
      ),
    ],
  },
  'why-does-human-trafficking-happen': {
    question: '¿Por qué ocurre la trata de personas?',
    answer: [
      paragraph(
        'La trata de personas forma parte de una cadena continua de violencia y vulnerabilidad. Está muy ligada a la inestabilidad económica, la falta de acceso a la educación, la demanda de bienes y servicios baratos, el racismo, el sexismo y, en muchos casos, el trauma o las adicciones.',
      ),
      paragraph(
        'Las mismas circunstancias que hacen a una persona vulnerable a la trata con fines de explotación sexual también la hacen vulnerable a la trata con fines de explotación laboral. Las personas que viven falta de oportunidades o aislamiento, sin acceso a lo básico y en la pobreza, buscan oportunidades de empleo y pueden ser explotadas fácilmente.',
      ),
      paragraph(
        'Algunos factores hacen que las personas nacidas en otro país sean especialmente vulnerables a la trata y a la explotación: no hablar inglés, la discriminación y el racismo, su situación legal y no conocer sus derechos laborales ni cómo reclamarlos.',
      ),
    ],
  },
  'is-human-trafficking-happening-in-maine': {
    question: '¿Ocurre la trata de personas en Maine?',
    answer: [
      paragraph(
        'La primera evaluación de necesidades sobre la trata de personas en Maine calcula que en Maine hay entre 200 y 300 casos de trata con fines de explotación sexual al año. Las autoridades policiales han identificado víctimas/sobrevivientes de la trata de personas en todos los condados de Maine. Por ahora, no tenemos suficiente información para saber cuántos casos de trata con fines de explotación laboral hay. Sabemos que, a nivel nacional, la trata con fines de explotación laboral es más común que la trata con fines de explotación sexual, así que suponemos que en Maine ocurre lo mismo.',
      ),
    ],
  },
  'whats-being-done-to-prevent-trafficking-and-educate-the-community': {
    question: '¿Qué se está haciendo para prevenir la trata y educar a la comunidad?',
    answer: [
      paragraph(
        'Muchos factores hacen que una persona sea vulnerable a la trata, como el abuso sexual infantil, el trauma familiar, la falta de una vivienda estable, la falta de oportunidades de empleo y de estudio, y la pobreza. Todo programa que reduzca estas vulnerabilidades ayuda a prevenir la trata de personas: por ejemplo, los programas de prevención del abuso sexual infantil, de la agresión sexual y de la violencia doméstica, y también los programas de apoyo a jóvenes en riesgo y la educación sobre los derechos laborales.',
      ),
      paragraph(
        'Otra forma eficaz de prevención son las intervenciones educativas dirigidas a jóvenes en riesgo, como el programa de estudios My Life My Choice, a cargo de profesionales clínicos, defensores de víctimas y sobrevivientes con capacitación. Contáctenos para saber si hay facilitadores capacitados en su comunidad.',
        { words: 'Contáctenos', url: '/contact' },
      ),
      paragraph(
        'Hay una acción en todo el estado para capacitar a los profesionales que más probablemente ya trabajan con víctimas/sobrevivientes de la trata de personas, para que aprendan a identificar y apoyar a víctimas/sobrevivientes.',
      ),
      paragraph(
        'Además, en 2016 todo el personal que lleva casos en Child Protection Services (servicios de protección infantil) recibió capacitación sobre la explotación sexual comercial infantil, y en 2017 la trata de personas se incluirá como capacitación obligatoria para las autoridades policiales de todo el estado.',
      ),
    ],
  },
  'do-we-need-more-laws': {
    question: '¿Necesitamos más leyes?',
    answer: [
      paragraph(
        'Las políticas y las leyes tienen un papel en la respuesta a la trata de personas en Maine, pero son solo una pieza del rompecabezas. Un estudio del National Institute of Justice (Instituto Nacional de Justicia) encontró que «las leyes integrales que invirtieron en recursos económicos y humanos aumentaron los arrestos y los procesos judiciales por trata de personas… Pero lo más sorprendente es que las penas más duras no los aumentaron. Estos resultados indican que, aunque las penas más duras pueden ser “fáciles de vender” para los legisladores estatales, no producen resultados en la aplicación de la ley».',
      ),
      paragraph(
        'Una política pública eficaz contra la trata de personas no puede ocuparse solo de que los responsables rindan cuentas y de aumentar los procesos judiciales. También debe atender las causas de fondo del problema y mejorar la seguridad, los servicios y la dignidad de las víctimas.',
      ),
    ],
  },
  'how-is-human-trafficking-related-to-sex-work': {
    question: '¿Qué relación hay entre la trata de personas y el trabajo sexual?',
    answer: [
      paragraph(
        'Estos temas son complicados. Muchas veces dependen de cómo se identifica la víctima a sí misma, de cómo define la ley los actos que supuestamente se cometieron, de si hay un tratante involucrado y de muchas otras cuestiones.',
      ),
      paragraph(
        'La trata de personas y el trabajo en la industria del comercio sexual se cruzan con problemas sociales más amplios, como la pobreza, el clasismo, el racismo y las conductas criminalizadas. Por eso, no siempre es clara la diferencia entre las personas que son víctimas de trata, explotadas, atrapadas, sin salida, olvidadas o que toman una decisión condicionada por sus circunstancias, y las que toman una decisión libre e informada. A lo largo de su vida, una persona puede estar en distintos puntos de este espectro.',
      ),
    ],
  },
  'how-can-we-keep-victims-safe': {
    question: '¿Cómo podemos mantener a salvo a las víctimas?',
    answer: [
      paragraph(
        'Las víctimas de la trata de personas tienen necesidades importantes, por lo que vivieron como víctimas y por las vulnerabilidades de fondo que muchas veces ya formaban parte de su vida antes de ser víctimas de trata. Por ejemplo, el 80% de las personas atendidas por la Preble Street Anti-Trafficking Coalition no tenían una vivienda estable antes de ser víctimas de trata; la mayoría de las personas encuestadas también había vivido distintos traumas anteriores que nunca se atendieron.',
      ),
      paragraph(
        'Apoyar la seguridad de las víctimas incluye atender: una vivienda segura y adecuada, tratamiento médico y de salud mental, dignidad y respeto por parte del sistema de justicia penal, las necesidades básicas, una situación de residencia estable en Estados Unidos y la oportunidad de recuperar el control y la capacidad de decidir sobre su propia vida. Esto se logra con la colaboración de agencias de distintas disciplinas, que tienen funciones y responsabilidades hacia la víctima/sobreviviente y hacia las organizaciones aliadas de la comunidad.',
      ),
    ],
  },
  'how-can-i-help': {
    question: '¿Cómo puedo ayudar?',
    answer: [
      bulletList([
        [
          'Done al Fondo para Víctimas (Victim Fund) de la Maine Sex Trafficking and Exploitation Network.',
          { words: 'Done al Fondo para Víctimas (Victim Fund) de la Maine Sex Trafficking and Exploitation Network', url: DONATE_LINK },
        ],
        ['Lleve capacitación a su trabajo o comunidad.', { words: 'Lleve capacitación a su trabajo o comunidad', url: '/request-training' }],
        'Participe en la prevención apoyando a comunidades vulnerables a la trata. Por ejemplo, puede hacer voluntariado como mentor o mentora en Big Brothers, Big Sisters o en Boys and Girls Clubs, en un albergue local para jóvenes o con un proveedor de servicios para inmigrantes, o puede ser madre o padre de crianza temporal.',
        'Done a agencias que apoyan a personas inmigrantes y refugiadas, por ejemplo en derechos de inmigrantes, atención médica, educación y recursos.',
        'Apoye los programas dirigidos por sobrevivientes, las acciones por los derechos laborales y el acceso a servicios legales civiles.',
        'No contribuya a la cultura explotadora de rescatar a las víctimas en vez de apoyar su seguridad: no ponga en sus redes sociales imágenes sensacionalistas de la trata, porque mantienen vivos mitos sobre cómo y por qué ocurre.',
        'Reparta materiales de difusión en las escuelas, los lugares de culto, los proveedores de servicios y las autoridades policiales de su comunidad.',
        'Apoye las acciones del estado para financiar servicios para víctimas y prácticas laborales justas para los trabajadores.',
        [
          'Infórmese más sobre el tema, vea nuestra serie de videos de Maine STEN sobre la trata con fines de explotación sexual y suscríbase a nuestro boletín electrónico.',
          { words: 'suscríbase a nuestro boletín electrónico', url: '/newsletter' },
        ],
        'Piense en su propia filosofía y en sus valores sobre cómo se hace el trabajo contra la trata.',
        'Invite a su agencia a conversar para definir el problema de la trata de personas y explorar distintos enfoques filosóficos de este trabajo.',
        'Únase al equipo multidisciplinario local contra la trata y apoye servicios centrados en la víctima e informados sobre el trauma.',
      ]),
    ],
  },
  'if-i-suspect-human-trafficking-what-should-i-do': {
    question: '¿Qué debo hacer si sospecho que hay trata de personas?',
    answer: [
      paragraph(
        'Llame a la Línea Nacional contra la Trata de Personas: {{hotline.phone}}. Allí están preparados para ofrecer recursos y derivaciones, y también pueden reunir la información de los avisos que reciben para identificar tendencias y tasas de trata de personas.',
      ),
    ],
  },
};

// --- Guiding principles (guiding-principles.ts), in the English order -------------------------
// Each group continues its heading on the Philosophy page: "Los servicios para víctimas deben ser:"
// (masculine plural) and "Las acciones de capacitación y sensibilización deben ser:" (feminine plural).

const principles: ContentTranslation['principles'] = {
  foundational: [
    'La trata de personas viola los derechos humanos de una persona.',
    'Muchas condiciones favorecen la trata de personas, entre ellas: la pobreza, la migración forzada, el racismo, el sexismo, la homofobia, la xenofobia y el clasismo.',
    'Las formas de opresión que se cruzan (género, situación migratoria, discapacidad, historia de abuso, situación económica, origen étnico, orientación sexual, etc.) son factores de riesgo de trata y crean barreras para acceder a los servicios.',
    'Las personas y las organizaciones, por sí solas, no pueden acabar con las condiciones que promueven la trata de personas. Se necesita una respuesta amplia de la comunidad para lograr cambios sociales e institucionales.',
  ],
  victimServices: [
    'Informados sobre el trauma, informados por la evidencia y basados en el modelo de empoderamiento para la prestación de servicios y la recuperación. Un modelo de empoderamiento para la prestación de servicios se basa en las fortalezas de la persona, es integral y respeta su autonomía y su autodeterminación.',
    'Conectados de manera formal e informal con una respuesta multidisciplinaria y centrada en la persona sobreviviente, y guiados por las políticas y los protocolos de la organización. En un enfoque centrado en la persona sobreviviente, tienen prioridad los deseos, la seguridad y el bienestar de esa persona.',
  ],
  trainingAndAwareness: [
    'Construidas sobre las acciones de capacitación y los planes de estudio que ya existen a nivel estatal y/o regional.',
    'Apoyadas en los conocimientos y la información locales, y conectadas con personas expertas locales y con la infraestructura estatal.',
    'Dirigidas de forma estratégica a los públicos donde hay mayor riesgo de explotación o más oportunidades de identificación y derivación.',
    'Inclusivas: con la participación de sobrevivientes en el desarrollo y la puesta en marcha de los programas.',
  ],
};

// --- Resources (resources.ts), by the English title's slug ------------------------------------

const resources: Record<string, ResourceTranslation> = {
  'maine-and-national-trafficking-statutes': {
    title: 'Leyes de Maine y nacionales sobre la trata',
    summary: 'Leyes de Maine y leyes nacionales relacionadas con la trata.',
  },
  'outreach-materials': {
    title: 'Materiales de difusión',
    summary: 'Materiales para compartir con escuelas, lugares de culto, proveedores de servicios y autoridades policiales.',
  },
  'model-policies-and-protocols': {
    title: 'Políticas y protocolos modelo',
    summary: 'Políticas y protocolos modelo para agencias que responden a la trata.',
  },
  'shared-screening-tools': {
    title: 'Herramientas de detección compartidas',
    summary: 'Herramientas de detección que comparten los proveedores que trabajan contra la trata.',
  },
  'maine-sten-sex-trafficking-video-series': {
    title: 'Serie de videos de Maine STEN sobre la trata con fines de explotación sexual',
    summary: 'Una serie de videos de Maine STEN sobre la trata con fines de explotación sexual.',
  },
  'maine-sten-e-newsletter': {
    title: 'Boletín electrónico de Maine STEN',
    summary: 'Un boletín trimestral por correo electrónico para los proveedores que trabajan contra la trata.',
  },
  'training-and-technical-assistance': {
    title: 'Capacitación y asistencia técnica',
    summary: 'Capacitación para las acciones locales contra la trata, los proveedores de servicios directos y los equipos multidisciplinarios.',
  },
  'my-life-my-choice-curriculum': {
    title: 'Programa de estudios My Life My Choice',
    summary: 'Un programa educativo de prevención para jóvenes en riesgo, dirigido por facilitadores capacitados.',
  },
  'local-anti-trafficking-multidisciplinary-teams': {
    title: 'Equipos multidisciplinarios locales contra la trata',
    summary: 'Equipos locales que coordinan servicios centrados en la víctima e informados sobre el trauma.',
  },
  'maine-anti-trafficking-efforts': {
    title: 'Acciones contra la trata en Maine',
    summary: 'Enlaces a las acciones contra la trata en todo Maine.',
  },
  'maine-human-trafficking-needs-assessment': {
    title: 'Evaluación de necesidades sobre la trata de personas en Maine',
    summary: 'La primera evaluación estatal sobre la trata de personas en Maine.',
  },
  'survivor-support-fund': {
    title: 'Fondo de Apoyo a Sobrevivientes (Survivor Support Fund)',
    summary: 'Un fondo coordinado por MECASA que apoya a sobrevivientes de la trata.',
  },
};

// --- Site settings ----------------------------------------------------------------------------

const settings: ContentTranslation['settings'] = {
  siteName: 'Maine STEN',
  hotlineLabel: 'Línea Nacional contra la Trata de Personas',
  hotlineNotice:
    'Maine STEN no es un proveedor de servicios directos. Para recibir servicios de inmediato en Maine, llame a la Línea Nacional contra la Trata de Personas: {{hotline.phone}}.',
};

export const es: ContentTranslation = { pages, faqs, principles, resources, settings };
