
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's048203300c104cb9': str`Zapisz się: ${0}`,
's0597b1ebb8fcba3d': `Nie znaleziono pasujących ofert.`,
's090d9bfc3d60d333': `Koszt`,
's09385907b5c9febb': `Gdzie`,
's098e95266a3956a3': `płatne`,
's1d520ddf4309a323': `Wiek dziecka`,
's2403b81ad43744a1': `Szukaj`,
's27d2bbdfaf57c2e2': `Wszystkie kategorie`,
's28d4540eb8bddeb8': `Dowiedz się więcej`,
's2a2f32b4d7d36a4f': `bezpłatnie`,
's32b41bef988a2d84': str`Dowiedz się więcej: ${0}`,
's34d39c19f1493cf5': str`Placówka wiodąca: ${0}`,
's3c078ce6151d97af': `Sieć INFamilie`,
's3e573f5fd731facd': `Wymagane zapisy`,
's46853802c13936b8': str`Napisz e-mail do ${0}`,
's4827a17f7be6ee2f': `Zapisz się`,
's491e80d8f0f78735': str`Kategoria „${0}” nie jest znana w sieci.`,
's53772fc866a0aeb2': `Oferty sieci nie mogą być teraz wyświetlone.`,
's55db294044139101': str`Znalezione oferty: ${0}`,
's5866726e30e863c2': `Filtruj oferty`,
's6fd4bfb456141584': `Kategoria`,
's740dbbcbd737fa6b': `Wiek`,
's75833dd6b2b9d013': str`Pokaż więcej ofert (pozostało: ${0})`,
's85405456e90caf14': str`Zadzwoń: ${0}`,
's85848751e1fc8589': `Wyczyść filtry`,
's890ba2022d946edd': `Kiedy`,
's924535ebf58b9d7f': `Spróbuj ponownie`,
's9832f384ed72726f': str`od ${0} do ${1} lat`,
's9860396722f738ef': `Języki`,
's9ac328fd8b257a37': str`Dzielnica „${0}” nie jest znana w sieci.`,
's9c4e5223076efad0': `Tylko bezpłatne oferty`,
'sa960125ebb47d253': `Przejdź do strony sieci`,
'saa2194ad8465f0f8': `Dostęp bez barier.`,
'sad56f3c3e67be923': str`do ${0}`,
'saf862b94d3fe2350': `Napisz`,
'sb3803e9cc79575bb': `Język`,
'sbdbeb2ace1a5a168': `Zadzwoń`,
'sbe4edffe6207dd9f': `Każdy wiek`,
'sc4de56583dea499c': str`Członek: ${0}`,
'sd4697d51d07468f1': str`Partner „${0}” nie jest znany w sieci.`,
'sdcc19e3525fdf7d4': `Nie wybrano oferty.`,
'sf68bb9860d3a88a3': `Wszystkie języki`,
'sf876b1d7a22182b6': str`W sieci nie ma (już) oferty „${0}”.`,
'sf887439f3b9f5728': `Zapisy`,
'sfcf48383eec2cee0': str`od ${0}`,
'sfe767f37c10478c3': `Wczytywanie …`,
    };
  