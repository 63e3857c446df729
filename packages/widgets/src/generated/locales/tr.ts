
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's048203300c104cb9': str`Kaydol: ${0}`,
's0597b1ebb8fcba3d': `Uygun teklif bulunamadı.`,
's090d9bfc3d60d333': `Ücret`,
's09385907b5c9febb': `Nerede`,
's098e95266a3956a3': `ücretli`,
's1d520ddf4309a323': `Çocuğun yaşı`,
's2403b81ad43744a1': `Ara`,
's27d2bbdfaf57c2e2': `Tüm kategoriler`,
's28d4540eb8bddeb8': `Daha fazla bilgi`,
's2a2f32b4d7d36a4f': `ücretsiz`,
's32b41bef988a2d84': str`Daha fazla bilgi: ${0}`,
's34d39c19f1493cf5': str`${0} ana merkezi`,
's3c078ce6151d97af': `INFamilie Ağı`,
's3e573f5fd731facd': `Kayıt gerekli`,
's46853802c13936b8': str`${0} adresine e-posta yaz`,
's4827a17f7be6ee2f': `Kaydol`,
's491e80d8f0f78735': str`„${0}“ kategorisi ağda bilinmiyor.`,
's53772fc866a0aeb2': `Ağın teklifleri şu anda gösterilemiyor.`,
's55db294044139101': str`Bulunan teklifler: ${0}`,
's5866726e30e863c2': `Teklifleri filtrele`,
's6fd4bfb456141584': `Kategori`,
's740dbbcbd737fa6b': `Yaş`,
's75833dd6b2b9d013': str`Daha fazla teklif göster (kalan: ${0})`,
's85405456e90caf14': str`Ara: ${0}`,
's85848751e1fc8589': `Filtreleri sıfırla`,
's890ba2022d946edd': `Ne zaman`,
's924535ebf58b9d7f': `Tekrar dene`,
's9832f384ed72726f': str`${0}-${1} yaş`,
's9860396722f738ef': `Diller`,
's9ac328fd8b257a37': str`„${0}“ mahallesi ağda bilinmiyor.`,
's9c4e5223076efad0': `Yalnızca ücretsiz teklifler`,
'sa960125ebb47d253': `Ağın sayfasına git`,
'saa2194ad8465f0f8': `Engelsiz erişim.`,
'sad56f3c3e67be923': str`${0} kadar`,
'saf862b94d3fe2350': `Yaz`,
'sb3803e9cc79575bb': `Dil`,
'sbdbeb2ace1a5a168': `Ara`,
'sbe4edffe6207dd9f': `Tüm yaşlar`,
'sc4de56583dea499c': str`${0} üyesi`,
'sd4697d51d07468f1': str`„${0}“ ortağı ağda bilinmiyor.`,
'sdcc19e3525fdf7d4': `Teklif seçilmedi.`,
'sf68bb9860d3a88a3': `Tüm diller`,
'sf876b1d7a22182b6': str`Ağda „${0}“ adlı bir teklif yok (artık yok).`,
'sf887439f3b9f5728': `Kayıt`,
'sfcf48383eec2cee0': str`${0} ve üzeri`,
'sfe767f37c10478c3': `Yükleniyor …`,
    };
  