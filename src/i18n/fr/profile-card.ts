/** The French half of profile-card-text.ts. */
export const PROFILE_CARD_FR = {
  envelopeFromConvention: 'Enveloppe de la convention : {amount}.',
  envelopeNone: 'La convention n’en donne pas : l’enveloppe n’est pas vérifiée.',
};
