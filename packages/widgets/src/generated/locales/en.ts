
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's048203300c104cb9': str`Register: ${0}`,
's0597b1ebb8fcba3d': `No matching offers found.`,
's090d9bfc3d60d333': `Cost`,
's09385907b5c9febb': `Where`,
's098e95266a3956a3': `fee applies`,
's1d520ddf4309a323': `Child's age`,
's2403b81ad43744a1': `Search`,
's27d2bbdfaf57c2e2': `All categories`,
's28d4540eb8bddeb8': `Learn more`,
's2a2f32b4d7d36a4f': `free of charge`,
's32b41bef988a2d84': str`Learn more: ${0}`,
's34d39c19f1493cf5': str`Anchor site of ${0}`,
's3c078ce6151d97af': `INFamilie network`,
's3e573f5fd731facd': `Registration required`,
's46853802c13936b8': str`Write an e-mail to ${0}`,
's4827a17f7be6ee2f': `Register`,
's491e80d8f0f78735': str`The network does not know the category “${0}”.`,
's53772fc866a0aeb2': `The network's offers cannot be shown right now.`,
's55db294044139101': str`Offers found: ${0}`,
's5866726e30e863c2': `Filter offers`,
's6fd4bfb456141584': `Category`,
's740dbbcbd737fa6b': `Age`,
's75833dd6b2b9d013': str`Show more offers (${0} left)`,
's85405456e90caf14': str`Call: ${0}`,
's85848751e1fc8589': `Reset filters`,
's890ba2022d946edd': `When`,
's924535ebf58b9d7f': `Try again`,
's9832f384ed72726f': str`${0} to ${1} years`,
's9860396722f738ef': `Languages`,
's9ac328fd8b257a37': str`The network does not know the quarter “${0}”.`,
's9c4e5223076efad0': `Free offers only`,
'sa960125ebb47d253': `Go to the network's page`,
'saa2194ad8465f0f8': `Step-free access.`,
'sad56f3c3e67be923': str`up to ${0}`,
'saf862b94d3fe2350': `Write`,
'sb3803e9cc79575bb': `Language`,
'sbdbeb2ace1a5a168': `Call`,
'sbe4edffe6207dd9f': `All ages`,
'sc4de56583dea499c': str`Member of ${0}`,
'sd4697d51d07468f1': str`The network does not know the partner “${0}”.`,
'sdcc19e3525fdf7d4': `No offer selected.`,
'sf68bb9860d3a88a3': `All languages`,
'sf876b1d7a22182b6': str`The network has no offer “${0}” (any more).`,
'sf887439f3b9f5728': `Registration`,
'sfcf48383eec2cee0': str`from ${0}`,
'sfe767f37c10478c3': `Loading …`,
    };
  