
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's048203300c104cb9': str`Înscrie-te: ${0}`,
's0597b1ebb8fcba3d': `Nu s-au găsit oferte potrivite.`,
's090d9bfc3d60d333': `Cost`,
's09385907b5c9febb': `Unde`,
's098e95266a3956a3': `cu plată`,
's1d520ddf4309a323': `Vârsta copilului`,
's2403b81ad43744a1': `Căutare`,
's27d2bbdfaf57c2e2': `Toate categoriile`,
's28d4540eb8bddeb8': `Află mai multe`,
's2a2f32b4d7d36a4f': `gratuit`,
's32b41bef988a2d84': str`Află mai multe: ${0}`,
's34d39c19f1493cf5': str`Locație-ancoră în ${0}`,
's3c078ce6151d97af': `Rețeaua INFamilie`,
's3e573f5fd731facd': `Înscriere necesară`,
's46853802c13936b8': str`Scrie un e-mail la ${0}`,
's4827a17f7be6ee2f': `Înscrie-te`,
's491e80d8f0f78735': str`Categoria „${0}” nu este cunoscută în rețea.`,
's53772fc866a0aeb2': `Ofertele rețelei nu pot fi afișate momentan.`,
's55db294044139101': str`Oferte găsite: ${0}`,
's5866726e30e863c2': `Filtrează ofertele`,
's6fd4bfb456141584': `Categorie`,
's740dbbcbd737fa6b': `Vârstă`,
's75833dd6b2b9d013': str`Arată mai multe oferte (rămase: ${0})`,
's85405456e90caf14': str`Sună: ${0}`,
's85848751e1fc8589': `Resetează filtrele`,
's890ba2022d946edd': `Când`,
's924535ebf58b9d7f': `Încearcă din nou`,
's9832f384ed72726f': str`${0}–${1} ani`,
's9860396722f738ef': `Limbi`,
's9ac328fd8b257a37': str`Cartierul „${0}” nu este cunoscut în rețea.`,
's9c4e5223076efad0': `Doar oferte gratuite`,
'sa960125ebb47d253': `Către pagina rețelei`,
'saa2194ad8465f0f8': `Acces fără bariere.`,
'sad56f3c3e67be923': str`până la ${0}`,
'saf862b94d3fe2350': `Scrie`,
'sb3803e9cc79575bb': `Limbă`,
'sbdbeb2ace1a5a168': `Sună`,
'sbe4edffe6207dd9f': `Toate vârstele`,
'sc4de56583dea499c': str`Membru al ${0}`,
'sd4697d51d07468f1': str`Partenerul „${0}” nu este cunoscut în rețea.`,
'sdcc19e3525fdf7d4': `Nicio ofertă selectată.`,
'sf68bb9860d3a88a3': `Toate limbile`,
'sf876b1d7a22182b6': str`Oferta „${0}” nu (mai) există în rețea.`,
'sf887439f3b9f5728': `Înscriere`,
'sfcf48383eec2cee0': str`de la ${0}`,
'sfe767f37c10478c3': `Se încarcă …`,
    };
  