import type { Schema, Struct } from '@strapi/strapi';

export interface DirectoryAddress extends Struct.ComponentSchema {
  collectionName: 'components_directory_addresses';
  info: {
    description: 'A street address in the directory.';
    displayName: 'Address';
    icon: 'house';
  };
  attributes: {
    city: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    postalCode: Schema.Attribute.String & Schema.Attribute.Required;
    state: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'ME'>;
    street: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    street2: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface DirectoryCounty extends Struct.ComponentSchema {
  collectionName: 'components_directory_counties';
  info: {
    description: "One of Maine's 16 counties.";
    displayName: 'County';
    icon: 'pinMap';
  };
  attributes: {
    county: Schema.Attribute.Enumeration<
      [
        'Androscoggin',
        'Aroostook',
        'Cumberland',
        'Franklin',
        'Hancock',
        'Kennebec',
        'Knox',
        'Lincoln',
        'Oxford',
        'Penobscot',
        'Piscataquis',
        'Sagadahoc',
        'Somerset',
        'Waldo',
        'Washington',
        'York',
      ]
    > &
      Schema.Attribute.Required;
  };
}

export interface DirectoryLanguage extends Struct.ComponentSchema {
  collectionName: 'components_directory_languages';
  info: {
    description: 'A language spoken by staff, without an interpreter.';
    displayName: 'Language';
    icon: 'globe';
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 3;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
  };
}

export interface DirectoryService extends Struct.ComponentSchema {
  collectionName: 'components_directory_services';
  info: {
    description: 'A service offered, as referral systems (211) list it.';
    displayName: 'Service';
    icon: 'handHeart';
  };
  attributes: {
    counties: Schema.Attribute.Component<'directory.county', true>;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    howToApply: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    status: Schema.Attribute.Enumeration<
      ['active', 'inactive', 'defunct', 'temporarily closed']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'active'>;
  };
}

export interface FormsFieldHelp extends Struct.ComponentSchema {
  collectionName: 'components_forms_field_help';
  info: {
    description: 'Help text shown under one field of a form.';
    displayName: 'Field help';
    icon: 'information';
  };
  attributes: {
    field: Schema.Attribute.Enumeration<
      [
        'name',
        'email',
        'phone',
        'replyBy',
        'message',
        'organization',
        'role',
        'county',
        'audience',
        'audienceSize',
        'format',
        'preferredDates',
        'topics',
        'consent',
      ]
    > &
      Schema.Attribute.Required;
    help: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface SectionsBulletedList extends Struct.ComponentSchema {
  collectionName: 'components_sections_bulleted_list';
  info: {
    description: 'A list with an optional heading and lead-in sentence.';
    displayName: 'Bulleted list';
    icon: 'bulletList';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    intro: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    items: Schema.Attribute.Component<'shared.list-item', true> &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
  };
}

export interface SectionsCallout extends Struct.ComponentSchema {
  collectionName: 'components_sections_callout';
  info: {
    description: 'A highlighted note that stands out from the text around it.';
    displayName: 'Callout';
    icon: 'information';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    tone: Schema.Attribute.Enumeration<['info', 'important']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'info'>;
  };
}

export interface SectionsCitation extends Struct.ComponentSchema {
  collectionName: 'components_sections_citation';
  info: {
    description: 'A source note, e.g. a footnote for the guiding principles.';
    displayName: 'Citation';
    icon: 'quote';
  };
  attributes: {
    marker: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SectionsCouncilAgencies extends Struct.ComponentSchema {
  collectionName: 'components_sections_council_agencies';
  info: {
    description: 'Places the directory of Provider Council agencies here.';
    displayName: 'Agency directory (embed)';
    icon: 'house';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    intro: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

export interface SectionsFaqList extends Struct.ComponentSchema {
  collectionName: 'components_sections_faq_list';
  info: {
    description: 'Places the frequently asked questions here.';
    displayName: 'FAQ list (embed)';
    icon: 'question';
  };
  attributes: {
    faqs: Schema.Attribute.Relation<'oneToMany', 'api::faq.faq'>;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface SectionsForm extends Struct.ComponentSchema {
  collectionName: 'components_sections_form';
  info: {
    description: "Places one of the site's forms here: contact, training request or newsletter sign-up.";
    displayName: 'Form (embed)';
    icon: 'paperPlane';
  };
  attributes: {
    confirmationHeading: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    confirmationText: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    fieldHelp: Schema.Attribute.Component<'forms.field-help', true>;
    form: Schema.Attribute.Enumeration<
      ['contact', 'trainingRequest', 'newsletter']
    > &
      Schema.Attribute.Required;
    submitLabel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
  };
}

export interface SectionsGuidingPrinciples extends Struct.ComponentSchema {
  collectionName: 'components_sections_guiding_principles';
  info: {
    description: 'Places the guiding principles of one group here.';
    displayName: 'Guiding principles (embed)';
    icon: 'bulletList';
  };
  attributes: {
    citationMarker: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    group: Schema.Attribute.Enumeration<
      ['foundational', 'victimServices', 'trainingAndAwareness']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'foundational'>;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface SectionsHotline extends Struct.ComponentSchema {
  collectionName: 'components_sections_hotline';
  info: {
    description: 'Shows the hotline numbers and notice from Site settings.';
    displayName: 'Hotline';
    icon: 'phone';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface SectionsPageLinks extends Struct.ComponentSchema {
  collectionName: 'components_sections_page_links';
  info: {
    description: 'Links to other pages, each with its title and summary.';
    displayName: 'Page links';
    icon: 'link';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    pages: Schema.Attribute.Relation<'oneToMany', 'api::page.page'>;
  };
}

export interface SectionsResourceList extends Struct.ComponentSchema {
  collectionName: 'components_sections_resource_list';
  info: {
    description: 'Places the resources of one category, or all of them, here.';
    displayName: 'Resource list (embed)';
    icon: 'folder';
  };
  attributes: {
    category: Schema.Attribute.Enumeration<
      [
        'statutes',
        'outreachMaterials',
        'modelPoliciesAndProtocols',
        'screeningTools',
        'videoSeries',
        'newsletter',
        'training',
        'localMultidisciplinaryTeams',
        'maineAntiTraffickingEfforts',
        'supportFund',
      ]
    >;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface SectionsRichText extends Struct.ComponentSchema {
  collectionName: 'components_sections_rich_text';
  info: {
    description: 'A block of text with an optional heading.';
    displayName: 'Text';
    icon: 'layer';
  };
  attributes: {
    body: Schema.Attribute.Blocks & Schema.Attribute.Required;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface SharedHotline extends Struct.ComponentSchema {
  collectionName: 'components_shared_hotline';
  info: {
    description: "The National Human Trafficking Hotline's numbers, shared by every language.";
    displayName: 'Hotline';
    icon: 'phone';
  };
  attributes: {
    phone: Schema.Attribute.String & Schema.Attribute.Required;
    sms: Schema.Attribute.String & Schema.Attribute.Required;
    tty: Schema.Attribute.String & Schema.Attribute.Required;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SharedListItem extends Struct.ComponentSchema {
  collectionName: 'components_shared_list_item';
  info: {
    description: 'One item of a bulleted list.';
    displayName: 'List item';
    icon: 'bulletList';
  };
  attributes: {
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seo';
  info: {
    description: 'What search engines and link previews show for a page.';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'directory.address': DirectoryAddress;
      'directory.county': DirectoryCounty;
      'directory.language': DirectoryLanguage;
      'directory.service': DirectoryService;
      'forms.field-help': FormsFieldHelp;
      'sections.bulleted-list': SectionsBulletedList;
      'sections.callout': SectionsCallout;
      'sections.citation': SectionsCitation;
      'sections.council-agencies': SectionsCouncilAgencies;
      'sections.faq-list': SectionsFaqList;
      'sections.form': SectionsForm;
      'sections.guiding-principles': SectionsGuidingPrinciples;
      'sections.hotline': SectionsHotline;
      'sections.page-links': SectionsPageLinks;
      'sections.resource-list': SectionsResourceList;
      'sections.rich-text': SectionsRichText;
      'shared.hotline': SharedHotline;
      'shared.list-item': SharedListItem;
      'shared.seo': SharedSeo;
    }
  }
}
