// Site settings from shared/seeds: only fields the seeds give a value to are filled.
// The hotline numbers are the correct ones from the seeds' closing notice (the FAQ's 1-800 number
// was wrong). The notice text uses the {{hotline.phone}} token so the number is typed once.
export const siteSetting = {
  siteName: 'Maine STEN',
  hotlineLabel: 'National Human Trafficking Hotline',
  hotlineNotice:
    'Maine STEN is not a direct service provider. For access to immediate services in Maine call the National Human Trafficking Hotline: {{hotline.phone}}.',
  hotline: {
    phone: '1-888-373-7888',
    sms: '233733',
    tty: '711',
  },
  // A neutral page that is safe to be seen on screen; editors may pick another.
  quickExitUrl: 'https://www.weather.gov/',
};
