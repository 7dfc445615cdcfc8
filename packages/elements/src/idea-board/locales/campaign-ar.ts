import { formatNumber, plural } from '../../internal/format.js';
import type { CampaignStrings } from '../campaign.strings.js';

const N = (n: number) => formatNumber('ar', n);

/** Campaign strings of `<confab-idea-board>` in Arabic, loaded on demand. */
export const strings: CampaignStrings = {
  newCampaign: 'حملة جديدة',
  editCampaign: 'تعديل الحملة',
  closeCampaign: 'إغلاق الحملة',
  newHeading: 'حملة جديدة',
  editHeading: 'تعديل الحملة',
  formIntro: 'يمنح الناس وقتهم حين يعرفون لماذا نسألهم وماذا سيحدث لأفكارهم.',
  titleLabel: 'عنوان الحملة',
  purposeLabel: 'الغرض',
  purposeHint: 'مطلوب. لماذا نسأل، وماذا يحدث للأفكار: من يقرؤها، ومتى تقرر، وكيف تُبلغ بالنتيجة.',
  descriptionLabel: 'الوصف',
  descriptionHint: 'اختياري. خلفية وقواعد وأمثلة. يمكنك استخدام Markdown: **غامق**، قوائم، روابط.',
  closesLabel: 'تاريخ الإغلاق',
  closesHint: 'اختياري. تُغلق الحملة تلقائيًا في نهاية هذا اليوم.',
  ownersLabel: 'المسؤولون',
  ownersHint: 'يشرف المسؤولون على أفكار هذه الحملة. اكتب اسمًا ثم اختر بمفاتيح الأسهم وEnter.',
  ownersChosen: 'المسؤولون المختارون',
  noOwners: 'لا يوجد مسؤولون بعد: يراجع المشرفون الأفكار.',
  removeOwner: (name) => `إزالة ${name}`,
  peopleFound: (n) => plural('ar', n, {
    zero: 'لم يُعثر على أحد.', one: 'عُثر على شخص واحد.', two: 'عُثر على شخصين.',
    few: `عُثر على ${N(n)} أشخاص.`, many: `عُثر على ${N(n)} شخصًا.`, other: `عُثر على ${N(n)} شخص.`,
  }),
  noPeopleFound: 'لم يُعثر على أحد.',
  peopleUnavailable: 'البحث عن الأشخاص غير متاح على هذا الخادم.',
  reopenLabel: 'إعادة فتح الحملة لأفكار جديدة',
  createSubmit: 'إنشاء الحملة',
  saveSubmit: 'حفظ الحملة',
  titleRequired: 'أعطِ الحملة عنوانًا.',
  purposeRequired: 'اذكر لماذا تسأل وماذا سيحدث للأفكار.',
  closesInPast: 'اختر تاريخ إغلاق في المستقبل.',
  created: (title) => `تم إنشاء الحملة «${title}».`,
  saved: 'تم حفظ الحملة.',
  closedDone: 'أُغلقت الحملة. لم تعد تقبل أفكارًا جديدة؛ يمكنك إعادة فتحها من «تعديل الحملة».',
  closesOn: (date) => `مفتوحة للأفكار حتى ${date}`,
  closedOn: (date) => `أُغلقت في ${date}`,
  ownersShown: (names) => `يراجع الأفكار: ${names}`,
  listHeading: 'الحملات',
  listIntro: 'اختر حملة لتقرأ أفكارها وتضيف فكرتك.',
  listEmpty: 'لا توجد حملة مفتوحة حاليًا.',
  openCampaign: (title) => `فتح ${title}`,
  opened: (title) => `يتم عرض الحملة «${title}».`,
};
