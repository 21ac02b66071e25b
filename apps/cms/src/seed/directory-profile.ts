// Maine STEN in the directory export (/api/hsds): its names, description and services, in the
// organisation's own words (shared/seeds/000: the opening paragraph and "What we offer").
export const directoryProfile = {
  name: 'Maine Sex Trafficking and Exploitation Network',
  alternateName: 'Maine STEN',
  description:
    'The Maine Sex Trafficking and Exploitation Network provides training, technical assistance, and resources to direct service providers engaged in anti-trafficking efforts in Maine, as well as community awareness and public policy support. The effort is supported by a statewide Provider Council, and it is a program of the Maine Coalition Against Sexual Assault.',
  services: [
    {
      name: 'Training and technical assistance',
      description:
        'Training and technical assistance for local anti-trafficking efforts, direct services providers, and multidisciplinary teams across the state regarding nationally-recognized best practices.',
      status: 'active' as const,
    },
    {
      name: 'Survivor Support Fund',
      description: 'A trafficking Survivor Support Fund coordinated by MECASA, to support more effective provision of services to anti-trafficking providers.',
      status: 'active' as const,
    },
    {
      name: 'Newsletter',
      description: 'A quarterly emailed newsletter for anti-trafficking providers.',
      status: 'active' as const,
    },
    {
      name: 'Resource collection',
      description:
        'A web-based collection of resources with links to Maine anti-trafficking efforts, Maine and national statutes related to trafficking, outreach materials, and model policies and protocols.',
      status: 'active' as const,
    },
  ],
};
