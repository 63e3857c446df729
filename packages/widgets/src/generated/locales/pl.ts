
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'sfe767f37c10478c3': `Wird geladen …`,
's53772fc866a0aeb2': `Die Angebote des Netzwerks INFamilie können gerade nicht angezeigt werden.`,
's924535ebf58b9d7f': `Erneut versuchen`,
'sa960125ebb47d253': `Zur Seite des Netzwerks`,
'sf876b1d7a22182b6': str`Das Angebot „${0}“ gibt es im Netzwerk nicht (mehr).`,
'sdcc19e3525fdf7d4': `Kein Angebot ausgewählt.`,
'saa2194ad8465f0f8': `Barrierefrei zugänglich.`,
's740dbbcbd737fa6b': `Alter`,
'sfcf48383eec2cee0': str`ab ${0}`,
'sad56f3c3e67be923': str`bis ${0}`,
's9860396722f738ef': `Sprachen`,
's090d9bfc3d60d333': `Kosten`,
's2a2f32b4d7d36a4f': `kostenlos`,
's098e95266a3956a3': `kostenpflichtig`,
's890ba2022d946edd': `Wann`,
's09385907b5c9febb': `Wo`,
'sf887439f3b9f5728': `Anmeldung`,
's3e573f5fd731facd': `Anmeldung erforderlich`,
's048203300c104cb9': str`Anmelden: ${0}`,
's4827a17f7be6ee2f': `Anmelden`,
's85405456e90caf14': str`Anrufen: ${0}`,
'sbdbeb2ace1a5a168': `Anrufen`,
's46853802c13936b8': str`E-Mail schreiben an ${0}`,
'saf862b94d3fe2350': `Schreiben`,
's32b41bef988a2d84': str`Mehr erfahren: ${0}`,
's28d4540eb8bddeb8': `Mehr erfahren`,
    };
  