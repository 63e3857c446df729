/**
 * The network, its categories and its six quarters. The quarters, their districts, founding years and
 * sub-districts are real (see /work/shared/geo/README.md); everything about partners and offers is not.
 */
import type { T8 } from './text.ts';

export const GENERATED = '2026-11-20T10:00:00+01:00';

export const NETWORK_NAME: T8 = {
  de: 'Netzwerk INFamilie',
  en: 'INFamilie Network',
  tr: 'INFamilie Ağı',
  ar: 'شبكة INFamilie',
  uk: 'Мережа INFamilie',
  bg: 'Мрежа INFamilie',
  ro: 'Rețeaua INFamilie',
  pl: 'Sieć INFamilie',
};

export const NETWORK_DESCRIPTION: T8 = {
  de: 'Über 100 soziale Dienstleister in Dortmunder Quartieren arbeiten zusammen, damit Kinder von 0 bis 10 Jahren und ihre Eltern früh und gut begleitet werden: Kitas, Grundschulen, Familienzentren, Beratungsstellen und Vereine.',
  en: "More than 100 social-service providers in Dortmund's quarters work together so that children aged 0 to 10 and their parents get good support early on: daycare centres, primary schools, family centres, counselling services and associations.",
  tr: "Dortmund mahallelerinde 100'den fazla sosyal hizmet kuruluşu, 0-10 yaş arası çocuklar ve ebeveynleri erken ve iyi bir destek alsın diye birlikte çalışıyor: kreşler, ilkokullar, aile merkezleri, danışma merkezleri ve dernekler.",
  ar: 'يتعاون أكثر من 100 مقدّم للخدمات الاجتماعية في أحياء دورتموند ليحصل الأطفال من عمر 0 إلى 10 سنوات وآباؤهم وأمهاتهم على دعم جيد ومبكر: دور الحضانة والمدارس الابتدائية ومراكز الأسرة ومراكز الاستشارة والجمعيات.',
  uk: 'Понад 100 соціальних організацій у кварталах Дортмунда працюють разом, щоб діти від 0 до 10 років і їхні батьки рано отримували добру підтримку: дитячі садки, початкові школи, сімейні центри, консультаційні служби та об’єднання.',
  bg: 'Над 100 доставчици на социални услуги в кварталите на Дортмунд работят заедно, за да получават децата от 0 до 10 години и техните родители добра подкрепа отрано: детски градини, основни училища, семейни центрове, консултантски служби и сдружения.',
  ro: 'Peste 100 de furnizori de servicii sociale din cartierele Dortmundului colaborează pentru ca copiii de 0–10 ani și părinții lor să primească din timp un sprijin bun: grădinițe, școli primare, centre pentru familii, servicii de consiliere și asociații.',
  pl: 'Ponad 100 organizacji świadczących usługi społeczne w dzielnicach Dortmundu współpracuje, aby dzieci w wieku od 0 do 10 lat i ich rodzice wcześnie otrzymywali dobre wsparcie: przedszkola, szkoły podstawowe, centra rodzinne, poradnie i stowarzyszenia.',
};

export const SAMPLE_NOTICE: T8 = {
  de: 'Beispieldaten: Partner, Angebote und Termine sind erfunden und nur an echten Dortmunder Adressen verortet. Für echte Angebote wenden Sie sich bitte an das Netzwerk INFamilie.',
  en: 'Sample data: the partners, offers and events are fictional and only placed at real Dortmund addresses. For real offers, please contact Netzwerk INFamilie.',
  tr: "Örnek veriler: Ortaklar, hizmetler ve etkinlikler hayalidir ve yalnızca Dortmund'daki gerçek adreslere yerleştirilmiştir. Gerçek hizmetler için lütfen Netzwerk INFamilie ile iletişime geçin.",
  ar: 'بيانات تجريبية: الشركاء والعروض والمواعيد خيالية، وقد وُضعت فقط على عناوين حقيقية في دورتموند. للاطلاع على العروض الحقيقية يرجى التواصل مع Netzwerk INFamilie.',
  uk: 'Зразкові дані: партнери, пропозиції та події вигадані й лише розміщені за реальними адресами в Дортмунді. Щодо справжніх пропозицій звертайтеся, будь ласка, до Netzwerk INFamilie.',
  bg: 'Примерни данни: партньорите, предложенията и събитията са измислени и са разположени само на реални адреси в Дортмунд. За истински предложения, моля, свържете се с Netzwerk INFamilie.',
  ro: 'Date de exemplu: partenerii, ofertele și evenimentele sunt fictive și doar plasate la adrese reale din Dortmund. Pentru oferte reale, vă rugăm să contactați Netzwerk INFamilie.',
  pl: 'Dane przykładowe: partnerzy, oferty i wydarzenia są fikcyjne i jedynie umieszczone pod prawdziwymi adresami w Dortmundzie. W sprawie prawdziwych ofert prosimy o kontakt z Netzwerk INFamilie.',
};

export const BASEMAP_ATTRIBUTION: T8 = {
  de: 'Geodaten: Stadt Dortmund (Adressen, statistische Unterbezirke; Näherung)',
  en: 'Geodata: Stadt Dortmund (City of Dortmund; addresses, statistical sub-districts; approximation)',
  tr: 'Coğrafi veriler: Stadt Dortmund (Dortmund Belediyesi; adresler, istatistik alt bölgeler; yaklaşık)',
  ar: 'البيانات الجغرافية: Stadt Dortmund (مدينة دورتموند؛ العناوين، المناطق الإحصائية الفرعية؛ تقريبية)',
  uk: 'Геодані: Stadt Dortmund (місто Дортмунд; адреси, статистичні підрайони; наближення)',
  bg: 'Геоданни: Stadt Dortmund (град Дортмунд; адреси, статистически подрайони; приблизително)',
  ro: 'Date geografice: Stadt Dortmund (orașul Dortmund; adrese, subdistricte statistice; aproximare)',
  pl: 'Dane geograficzne: Stadt Dortmund (miasto Dortmund; adresy, okręgi statystyczne; przybliżenie)',
};

export const THEME = { primary: '#005a9c', onPrimary: '#ffffff', accent: '#b8005c', surface: '#ffffff', text: '#1c1c1c' };

export const CONTACT = {
  email: 'koordination@infamilie.example',
  phone: '+49 231 9999000',
  address: { street: 'Holsteiner Straße 12', postalCode: '44145', city: 'Dortmund' },
};

export interface CategorySpec {
  id: string;
  icon: string;
  color: string;
  name: T8;
  description: T8;
}

/** FEED.md's starting set; ids are the icon names, so pages and widgets can use either. */
export const CATEGORIES: CategorySpec[] = [
  {
    id: 'language',
    icon: 'language',
    color: '#1f5fa8',
    name: { de: 'Sprachförderung', en: 'Language support', tr: 'Dil desteği', ar: 'دعم اللغة', uk: 'Мовна підтримка', bg: 'Езикова подкрепа', ro: 'Sprijin lingvistic', pl: 'Wsparcie językowe' },
    description: {
      de: 'Förderunterricht, Vorlesen, Sprachspiele und Deutschkurse für Eltern.',
      en: 'Extra lessons, reading aloud, language games and German courses for parents.',
      tr: 'Destek dersleri, sesli okuma, dil oyunları ve ebeveynler için Almanca kursları.',
      ar: 'دروس تقوية وقراءة بصوت عالٍ وألعاب لغوية ودورات ألمانية للأهل.',
      uk: 'Додаткові заняття, читання вголос, мовні ігри та курси німецької для батьків.',
      bg: 'Допълнителни занятия, четене на глас, езикови игри и курсове по немски за родители.',
      ro: 'Ore de sprijin, lectură cu voce tare, jocuri de limbaj și cursuri de germană pentru părinți.',
      pl: 'Zajęcia wyrównawcze, głośne czytanie, zabawy językowe i kursy niemieckiego dla rodziców.',
    },
  },
  {
    id: 'childcare',
    icon: 'childcare',
    color: '#a2401a',
    name: { de: 'Betreuung', en: 'Childcare', tr: 'Çocuk bakımı', ar: 'رعاية الأطفال', uk: 'Догляд за дітьми', bg: 'Грижа за деца', ro: 'Îngrijirea copiilor', pl: 'Opieka nad dziećmi' },
    description: {
      de: 'Kinderstuben, Erdmännchen-Gruppen und Betreuung zu Randzeiten.',
      en: 'Kinderstube groups, Erdmännchen playgroups and extended-hours care.',
      tr: 'Kinderstube grupları, Erdmännchen oyun grupları ve uzatılmış saatlerde bakım.',
      ar: 'مجموعات Kinderstube ومجموعات لعب Erdmännchen ورعاية في الساعات الإضافية.',
      uk: 'Групи Kinderstube, ігрові групи Erdmännchen і догляд у подовжені години.',
      bg: 'Групи Kinderstube, групи за игра Erdmännchen и грижа в удължени часове.',
      ro: 'Grupe Kinderstube, grupe de joacă Erdmännchen și îngrijire în program prelungit.',
      pl: 'Grupy Kinderstube, grupy zabaw Erdmännchen i opieka w wydłużonych godzinach.',
    },
  },
  {
    id: 'parents',
    icon: 'parents',
    color: '#6f3996',
    name: { de: 'Elternbildung', en: 'Parent education', tr: 'Ebeveyn eğitimi', ar: 'تثقيف الأهل', uk: 'Освіта для батьків', bg: 'Обучение за родители', ro: 'Educație pentru părinți', pl: 'Edukacja dla rodziców' },
    description: {
      de: 'Elterncafés, Elternkurse und Elternabende.',
      en: "Parents' cafés, parenting courses and parents' evenings.",
      tr: 'Veli kafeleri, ebeveyn kursları ve veli akşamları.',
      ar: 'مقاهي الأهل ودورات للأهل وأمسيات للأهل.',
      uk: 'Батьківські кафе, курси та вечори для батьків.',
      bg: 'Кафенета за родители, курсове и вечери за родители.',
      ro: 'Cafenele pentru părinți, cursuri și seri pentru părinți.',
      pl: 'Kawiarenki, kursy i wieczory dla rodziców.',
    },
  },
  {
    id: 'qualification',
    icon: 'qualification',
    color: '#44546a',
    name: { de: 'Qualifizierung', en: 'Training and qualification', tr: 'Eğitim ve nitelik kazandırma', ar: 'التأهيل والتدريب', uk: 'Кваліфікація та навчання', bg: 'Квалификация и обучение', ro: 'Calificare și formare', pl: 'Kwalifikacje i szkolenia' },
    description: {
      de: 'Fortbildungen für Lehrkräfte, Erzieherinnen und Erzieher sowie Qualifizierung von Eltern.',
      en: 'Training for teachers and early-years educators, and qualification courses for parents.',
      tr: 'Öğretmenler ve eğitimciler için eğitimler, ebeveynler için nitelik kazandırma kursları.',
      ar: 'دورات تدريبية للمعلّمين والمربّين، ودورات تأهيل للأهل.',
      uk: 'Навчання для вчителів і вихователів та кваліфікаційні курси для батьків.',
      bg: 'Обучения за учители и възпитатели и квалификационни курсове за родители.',
      ro: 'Formare pentru profesori și educatori și cursuri de calificare pentru părinți.',
      pl: 'Szkolenia dla nauczycieli i wychowawców oraz kursy kwalifikacyjne dla rodziców.',
    },
  },
  {
    id: 'leisure',
    icon: 'leisure',
    color: '#2e6b30',
    name: { de: 'Freizeit und Kultur', en: 'Leisure and culture', tr: 'Boş zaman ve kültür', ar: 'الترفيه والثقافة', uk: 'Дозвілля і культура', bg: 'Свободно време и култура', ro: 'Timp liber și cultură', pl: 'Czas wolny i kultura' },
    description: {
      de: 'Ferienspiele, Ausflugsfahrten, Stadtteilfeste und Bürgergärten.',
      en: 'Holiday programmes, day trips, neighbourhood festivals and community gardens.',
      tr: 'Tatil etkinlikleri, günübirlik geziler, mahalle şenlikleri ve mahalle bahçeleri.',
      ar: 'برامج العطل والرحلات اليومية ومهرجانات الأحياء وحدائق الأحياء.',
      uk: 'Канікулярні програми, поїздки, свята кварталу та громадські сади.',
      bg: 'Ваканционни програми, излети, квартални празници и общностни градини.',
      ro: 'Programe de vacanță, excursii, festivaluri de cartier și grădini comunitare.',
      pl: 'Programy wakacyjne, wycieczki, festyny dzielnicowe i ogrody społeczne.',
    },
  },
  {
    id: 'counselling',
    icon: 'counselling',
    color: '#00695c',
    name: { de: 'Beratung', en: 'Counselling', tr: 'Danışmanlık', ar: 'الاستشارة', uk: 'Консультації', bg: 'Консултиране', ro: 'Consiliere', pl: 'Poradnictwo' },
    description: {
      de: 'Erziehungs-, Familien-, Schuldner- und Sozialberatung.',
      en: 'Parenting, family, debt and social advice.',
      tr: 'Eğitim, aile, borç ve sosyal danışmanlık.',
      ar: 'استشارات تربوية وأسرية واستشارات الديون والشؤون الاجتماعية.',
      uk: 'Консультації з виховання, сімейних, боргових і соціальних питань.',
      bg: 'Консултиране по въпроси на възпитанието, семейството, дълговете и социалните въпроси.',
      ro: 'Consiliere educațională, familială, privind datoriile și socială.',
      pl: 'Poradnictwo wychowawcze, rodzinne, dłużne i socjalne.',
    },
  },
  {
    id: 'meals',
    icon: 'meals',
    color: '#9a4a00',
    name: { de: 'Verpflegung', en: 'Meals', tr: 'Yemek', ar: 'الوجبات', uk: 'Харчування', bg: 'Хранене', ro: 'Mese', pl: 'Posiłki' },
    description: {
      de: 'Essen und Lernen, Frühstück in der Schule, Mittagstische und Kochkurse.',
      en: 'Meals and learning, school breakfast, lunch tables and cooking courses.',
      tr: 'Yemek ve öğrenme, okulda kahvaltı, öğle yemekleri ve yemek kursları.',
      ar: 'طعام وتعلّم، وفطور في المدرسة، وموائد غداء، ودورات طبخ.',
      uk: 'Їжа і навчання, сніданки в школі, обіди та кулінарні курси.',
      bg: 'Храна и учене, закуска в училище, обеди и готварски курсове.',
      ro: 'Masă și învățare, mic dejun la școală, prânzuri și cursuri de gătit.',
      pl: 'Jedzenie i nauka, śniadania w szkole, obiady i kursy gotowania.',
    },
  },
  {
    id: 'playground',
    icon: 'playground',
    color: '#7a5200',
    name: { de: 'Spielplätze', en: 'Playgrounds', tr: 'Oyun alanları', ar: 'الملاعب', uk: 'Дитячі майданчики', bg: 'Детски площадки', ro: 'Locuri de joacă', pl: 'Place zabaw' },
    description: {
      de: 'Spielplatzprojekte, Spielplatzpaten und Spielmobil.',
      en: 'Playground projects, playground guardians and the play bus.',
      tr: 'Oyun alanı projeleri, oyun alanı gönüllüleri ve oyun otobüsü.',
      ar: 'مشاريع الملاعب ورعاة الملاعب وحافلة الألعاب.',
      uk: 'Проєкти дитячих майданчиків, опікуни майданчиків та ігромобіль.',
      bg: 'Проекти за детски площадки, доброволци за площадките и мобилна игротека.',
      ro: 'Proiecte pentru locuri de joacă, voluntari pentru locurile de joacă și autobuzul de joacă.',
      pl: 'Projekty placów zabaw, opiekunowie placów zabaw i objazdowa bawialnia.',
    },
  },
  {
    id: 'health',
    icon: 'health',
    color: '#b3261e',
    name: { de: 'Gesundheit', en: 'Health', tr: 'Sağlık', ar: 'الصحة', uk: 'Здоров’я', bg: 'Здраве', ro: 'Sănătate', pl: 'Zdrowie' },
    description: {
      de: 'Kinderarzt- und Hebammensprechstunden, Zahngesundheit und Bewegung.',
      en: "Paediatrician's and midwife consultation hours, dental health and exercise.",
      tr: 'Çocuk doktoru ve ebe danışma saatleri, diş sağlığı ve hareket.',
      ar: 'ساعات استشارة طبيب الأطفال والقابلة، وصحة الأسنان، والحركة.',
      uk: 'Прийоми педіатра й акушерки, здоров’я зубів і рух.',
      bg: 'Приемни часове на детски лекар и акушерка, здраве на зъбите и движение.',
      ro: 'Consultații la pediatru și la moașă, sănătatea dinților și mișcare.',
      pl: 'Dyżury pediatry i położnej, zdrowie zębów i ruch.',
    },
  },
  {
    id: 'early-help',
    icon: 'early-help',
    color: '#a3124f',
    name: { de: 'Frühe Hilfen', en: 'Early help', tr: 'Erken destek', ar: 'المساعدة المبكرة', uk: 'Рання допомога', bg: 'Ранна помощ', ro: 'Sprijin timpuriu', pl: 'Wczesna pomoc' },
    description: {
      de: 'Familienhebammen, Babybesuche und Babytreffs für die ersten Lebensjahre.',
      en: 'Family midwives, baby visits and baby groups for the first years of life.',
      tr: 'Yaşamın ilk yılları için aile ebeleri, bebek ziyaretleri ve bebek buluşmaları.',
      ar: 'قابلات الأسرة وزيارات المواليد ولقاءات الرضّع في السنوات الأولى من العمر.',
      uk: 'Сімейні акушерки, візити до немовлят і зустрічі для малюків у перші роки життя.',
      bg: 'Семейни акушерки, посещения при бебета и срещи за бебета през първите години.',
      ro: 'Moașe de familie, vizite la bebeluși și întâlniri pentru bebeluși în primii ani de viață.',
      pl: 'Położne rodzinne, wizyty u niemowląt i spotkania maluszków w pierwszych latach życia.',
    },
  },
];

export interface QuarterSpec {
  id: string;
  name: T8;
  district: string;
  since: number;
  /** Statistical sub-districts whose union is the outline (see README.md for the choices). */
  ubz: string[];
  intro: T8;
}

export const QUARTERS: QuarterSpec[] = [
  {
    id: 'brunnenstrassenviertel',
    district: 'Innenstadt-Nord',
    since: 2011,
    ubz: ['052'],
    name: {
      de: 'Brunnenstraßen- und Hannibalviertel',
      en: 'Brunnenstraße and Hannibal quarter',
      tr: 'Brunnenstraße ve Hannibal mahallesi',
      ar: 'حي برونن شتراسه وهانيبال',
      uk: 'Квартал Бруненштрасе і Ганнібал',
      bg: 'Квартал Бруненщрасе и Ханибал',
      ro: 'Cartierul Brunnenstraße și Hannibal',
      pl: 'Kwartał Brunnenstraße i Hannibal',
    },
    intro: {
      de: 'Das Referenzprojekt des Netzwerks, gegründet im November 2011 in der Dortmunder Nordstadt rund um Brunnenstraße und Kleine Kielstraße.',
      en: "The network's reference project, founded in November 2011 in Dortmund's Nordstadt around Brunnenstraße and Kleine Kielstraße.",
      tr: "Ağın referans projesi; Kasım 2011'de Dortmund Nordstadt'ta Brunnenstraße ve Kleine Kielstraße çevresinde kuruldu.",
      ar: 'المشروع المرجعي للشبكة، تأسس في نوفمبر 2011 في حي نوردشتات في دورتموند حول شارعي Brunnenstraße وKleine Kielstraße.',
      uk: 'Референтний проєкт мережі, заснований у листопаді 2011 року в дортмундському районі Нордштадт навколо вулиць Brunnenstraße і Kleine Kielstraße.',
      bg: 'Референтният проект на мрежата, основан през ноември 2011 г. в дортмундския квартал Нордщат около улиците Brunnenstraße и Kleine Kielstraße.',
      ro: 'Proiectul de referință al rețelei, înființat în noiembrie 2011 în Nordstadt din Dortmund, în jurul străzilor Brunnenstraße și Kleine Kielstraße.',
      pl: 'Projekt referencyjny sieci, założony w listopadzie 2011 r. w dortmundzkiej dzielnicy Nordstadt wokół ulic Brunnenstraße i Kleine Kielstraße.',
    },
  },
  {
    id: 'libellenviertel',
    district: 'Innenstadt-Nord',
    since: 2014,
    ubz: ['053'],
    name: {
      de: 'Libellenviertel',
      en: 'Libellenviertel (Dragonfly Quarter)',
      tr: 'Libellen mahallesi',
      ar: 'حي ليبيلن',
      uk: 'Квартал Лібеллен',
      bg: 'Квартал Либелен',
      ro: 'Cartierul Libellen',
      pl: 'Kwartał Libellen',
    },
    intro: {
      de: 'Seit 2014 im Netzwerk: das Quartier um Burgholzstraße und Eberstraße in der Nordstadt, mit Grundschule, Familienzentrum und Kitas.',
      en: 'In the network since 2014: the quarter around Burgholzstraße and Eberstraße in the Nordstadt, with a primary school, a family centre and daycare centres.',
      tr: "2014'ten beri ağda: Nordstadt'ta Burgholzstraße ve Eberstraße çevresindeki mahalle; bir ilkokul, bir aile merkezi ve kreşlerle.",
      ar: 'ضمن الشبكة منذ 2014: الحي المحيط بشارعي Burgholzstraße وEberstraße في نوردشتات، وفيه مدرسة ابتدائية ومركز للأسرة ودور حضانة.',
      uk: 'У мережі з 2014 року: квартал навколо вулиць Burgholzstraße та Eberstraße в Нордштадті, з початковою школою, сімейним центром і дитячими садками.',
      bg: 'В мрежата от 2014 г.: кварталът около улиците Burgholzstraße и Eberstraße в Нордщат, с основно училище, семеен център и детски градини.',
      ro: 'În rețea din 2014: cartierul din jurul străzilor Burgholzstraße și Eberstraße din Nordstadt, cu o școală primară, un centru pentru familii și grădinițe.',
      pl: 'W sieci od 2014 r.: kwartał wokół ulic Burgholzstraße i Eberstraße w Nordstadt, ze szkołą podstawową, centrum rodzinnym i przedszkolami.',
    },
  },
  {
    id: 'maerchensiedlung',
    district: 'Eving',
    since: 2014,
    ubz: ['123'],
    name: {
      de: 'Märchensiedlung',
      en: 'Märchensiedlung (Fairy-Tale Estate)',
      tr: 'Märchensiedlung (Masal Sitesi)',
      ar: 'ميرشن زيدلونغ (حيّ الحكايات)',
      uk: 'Мерхензідлунг (Казкове селище)',
      bg: 'Мерхензидлунг (Приказното селище)',
      ro: 'Märchensiedlung (Cartierul Basmelor)',
      pl: 'Märchensiedlung (Osiedle Baśni)',
    },
    intro: {
      de: 'Seit 2014 im Netzwerk: die Siedlung in Eving, deren Straßen nach Märchen benannt sind – Schneewittchenweg, Rotkäppchenweg, Dornröschenweg.',
      en: 'In the network since 2014: the estate in Eving whose streets are named after fairy tales – Schneewittchenweg (Snow White), Rotkäppchenweg (Little Red Riding Hood), Dornröschenweg (Sleeping Beauty).',
      tr: "2014'ten beri ağda: Eving'de sokakları masallardan adını alan yerleşim – Schneewittchenweg (Pamuk Prenses), Rotkäppchenweg (Kırmızı Başlıklı Kız), Dornröschenweg (Uyuyan Güzel).",
      ar: 'ضمن الشبكة منذ 2014: الحي السكني في إيفينغ الذي سُمّيت شوارعه بأسماء حكايات خرافية – Schneewittchenweg (بياض الثلج) وRotkäppchenweg (ذات الرداء الأحمر) وDornröschenweg (الأميرة النائمة).',
      uk: 'У мережі з 2014 року: селище в Евінгу, вулиці якого названі на честь казок – Schneewittchenweg (Білосніжка), Rotkäppchenweg (Червона Шапочка), Dornröschenweg (Спляча красуня).',
      bg: 'В мрежата от 2014 г.: селището в Евинг, чиито улици носят имена на приказки – Schneewittchenweg (Снежанка), Rotkäppchenweg (Червената шапчица), Dornröschenweg (Спящата красавица).',
      ro: 'În rețea din 2014: cartierul din Eving ale cărui străzi poartă nume de basme – Schneewittchenweg (Albă-ca-Zăpada), Rotkäppchenweg (Scufița Roșie), Dornröschenweg (Frumoasa din pădurea adormită).',
      pl: 'W sieci od 2014 r.: osiedle w Eving, którego ulice noszą nazwy baśni – Schneewittchenweg (Królewna Śnieżka), Rotkäppchenweg (Czerwony Kapturek), Dornröschenweg (Śpiąca Królewna).',
    },
  },
  {
    id: 'unionviertel',
    district: 'Innenstadt-West',
    since: 2016,
    ubz: ['022', '023'],
    name: {
      de: 'Unionviertel',
      en: 'Unionviertel (Union Quarter)',
      tr: 'Union mahallesi',
      ar: 'حي يونيون',
      uk: 'Квартал Уніон',
      bg: 'Квартал Юнион',
      ro: 'Cartierul Union',
      pl: 'Kwartał Union',
    },
    intro: {
      de: 'Seit 2016 dabei, in Kooperation mit dem Modellprojekt „1-Qkm-Bildung“: das Viertel an Rheinischer Straße und Unionstraße westlich der Innenstadt.',
      en: 'Part of the network since 2016, in cooperation with the model project “1-Qkm-Bildung” (one square kilometre of education): the quarter along Rheinische Straße and Unionstraße west of the city centre.',
      tr: "2016'dan beri, “1-Qkm-Bildung” model projesiyle iş birliği içinde: şehir merkezinin batısında Rheinische Straße ve Unionstraße boyunca uzanan mahalle.",
      ar: 'ضمن الشبكة منذ 2016 بالتعاون مع المشروع النموذجي «1-Qkm-Bildung»: الحي الممتد على شارعي Rheinische Straße وUnionstraße غرب وسط المدينة.',
      uk: 'У мережі з 2016 року, у співпраці з модельним проєктом «1-Qkm-Bildung»: квартал уздовж вулиць Rheinische Straße та Unionstraße на захід від центру міста.',
      bg: 'В мрежата от 2016 г., в сътрудничество с моделния проект „1-Qkm-Bildung“: кварталът по улиците Rheinische Straße и Unionstraße западно от центъра на града.',
      ro: 'În rețea din 2016, în cooperare cu proiectul-model „1-Qkm-Bildung”: cartierul de pe Rheinische Straße și Unionstraße, la vest de centrul orașului.',
      pl: 'W sieci od 2016 r., we współpracy z projektem modelowym „1-Qkm-Bildung”: kwartał wzdłuż Rheinische Straße i Unionstraße na zachód od centrum miasta.',
    },
  },
  {
    id: 'westerfilde-bodelschwingh',
    district: 'Mengede',
    since: 2017,
    ubz: ['910', '960'],
    name: {
      de: 'Westerfilde / Bodelschwingh',
      en: 'Westerfilde / Bodelschwingh',
      tr: 'Westerfilde / Bodelschwingh',
      ar: 'فسترفيلده / بودلشفينغ',
      uk: 'Вестерфільде / Бодельшвінг',
      bg: 'Вестерфилде / Боделшвинг',
      ro: 'Westerfilde / Bodelschwingh',
      pl: 'Westerfilde / Bodelschwingh',
    },
    intro: {
      de: 'Seit 2017 im Netzwerk: die Ortsteile Westerfilde und Bodelschwingh im Stadtbezirk Mengede, entlang der Westerfilder und der Bodelschwingher Straße.',
      en: 'In the network since 2017: the neighbourhoods of Westerfilde and Bodelschwingh in the Mengede district, along Westerfilder Straße and Bodelschwingher Straße.',
      tr: "2017'den beri ağda: Mengede ilçesindeki Westerfilde ve Bodelschwingh semtleri, Westerfilder Straße ve Bodelschwingher Straße boyunca.",
      ar: 'ضمن الشبكة منذ 2017: حيّا فسترفيلده وبودلشفينغ في دائرة منغيده، على امتداد شارعي Westerfilder Straße وBodelschwingher Straße.',
      uk: 'У мережі з 2017 року: місцевості Вестерфільде та Бодельшвінг в адміністративному районі Менгеде, уздовж вулиць Westerfilder Straße і Bodelschwingher Straße.',
      bg: 'В мрежата от 2017 г.: кварталите Вестерфилде и Боделшвинг в район Менгеде, по улиците Westerfilder Straße и Bodelschwingher Straße.',
      ro: 'În rețea din 2017: cartierele Westerfilde și Bodelschwingh din districtul Mengede, de-a lungul străzilor Westerfilder Straße și Bodelschwingher Straße.',
      pl: 'W sieci od 2017 r.: dzielnice Westerfilde i Bodelschwingh w okręgu Mengede, wzdłuż Westerfilder Straße i Bodelschwingher Straße.',
    },
  },
  {
    id: 'clarenberg-hoerder-neumarkt',
    district: 'Hörde',
    since: 2018,
    ubz: ['533', '535'],
    name: {
      de: 'Clarenberg und Hörder Neumarkt',
      en: 'Clarenberg and Hörder Neumarkt',
      tr: 'Clarenberg ve Hörder Neumarkt',
      ar: 'كلارنبرغ وهوردر نويماركت',
      uk: 'Кларенберг і Гердер-Ноймаркт',
      bg: 'Кларенберг и Хьордер Ноймаркт',
      ro: 'Clarenberg și Hörder Neumarkt',
      pl: 'Clarenberg i Hörder Neumarkt',
    },
    intro: {
      de: 'Seit 2018 im Netzwerk: die Hochhaussiedlung Clarenberg und das Viertel um den Hörder Neumarkt im Stadtbezirk Hörde, zwei Orte nahe beieinander.',
      en: 'In the network since 2018: the Clarenberg high-rise estate and the quarter around Hörder Neumarkt in the Hörde district, two places close to each other.',
      tr: '2018\'den beri ağda: Hörde ilçesindeki Clarenberg yüksek katlı konut sitesi ve Hörder Neumarkt çevresindeki mahalle; birbirine yakın iki yer.',
      ar: 'ضمن الشبكة منذ 2018: مجمّع الأبراج السكنية Clarenberg والحي المحيط بساحة Hörder Neumarkt في دائرة هورده، وهما مكانان متقاربان.',
      uk: 'У мережі з 2018 року: житловий масив із багатоповерхівками Clarenberg і квартал навколо площі Hörder Neumarkt в адміністративному районі Герде – два близькі одне до одного місця.',
      bg: 'В мрежата от 2018 г.: жилищният комплекс с високи сгради Clarenberg и кварталът около площад Hörder Neumarkt в район Хьорде – две места близо едно до друго.',
      ro: 'În rețea din 2018: ansamblul de blocuri-turn Clarenberg și cartierul din jurul pieței Hörder Neumarkt din districtul Hörde, două locuri apropiate.',
      pl: 'W sieci od 2018 r.: osiedle wieżowców Clarenberg i kwartał wokół placu Hörder Neumarkt w okręgu Hörde – dwa miejsca blisko siebie.',
    },
  },
];

/** The second sentence of every quarter description: the outline is approximate, and from what. */
export function outlineNote(ubz: string[]): T8 {
  const many = ubz.length > 1;
  const list = (and: string) => (many ? `${ubz.slice(0, -1).join(', ')} ${and} ${ubz[ubz.length - 1]}` : ubz[0]);
  const arList = many ? `${ubz.slice(0, -1).join('، ')} و${ubz[ubz.length - 1]}` : ubz[0];
  return {
    de: `Der Umriss ist eine Näherung aus ${many ? 'den statistischen Unterbezirken' : 'dem statistischen Unterbezirk'} ${list('und')} der Stadt Dortmund.`,
    en: `The outline is approximate, drawn from the City of Dortmund's statistical sub-district${many ? 's' : ''} ${list('and')}.`,
    tr: `Sınırlar yaklaşıktır; Dortmund Belediyesi'nin ${list('ve')} numaralı istatistik alt ${many ? 'bölgelerinden' : 'bölgesinden'} çizilmiştir.`,
    ar: `الحدود تقريبية ومأخوذة من ${many ? 'المناطق الإحصائية الفرعية' : 'المنطقة الإحصائية الفرعية'} ${arList} لمدينة دورتموند.`,
    uk: `Контур приблизний, побудований за ${many ? 'статистичними підрайонами' : 'статистичним підрайоном'} ${list('і')} міста Дортмунд.`,
    bg: `Очертанието е приблизително, по ${many ? 'статистическите подрайони' : 'статистическия подрайон'} ${list('и')} на град Дортмунд.`,
    ro: `Conturul este aproximativ, după ${many ? 'subdistrictele statistice' : 'subdistrictul statistic'} ${list('și')} ${many ? 'ale' : 'al'} orașului Dortmund.`,
    pl: `Zarys jest przybliżony, wyznaczony na podstawie ${many ? 'okręgów statystycznych' : 'okręgu statystycznego'} ${list('i')} miasta Dortmund.`,
  };
}
