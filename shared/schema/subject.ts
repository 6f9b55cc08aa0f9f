import type { FieldSchema, SchemaSubject, SubjectInstitutionKind } from './field-schema';

/**
 * The subject of the sample schema 'hospital-news', for schema files written before schemas could
 * declare one (the seed schema among them). Cues are words hospital news uses and other news
 * rarely does; the other cues are those of the pages most often taken for hospital news: schools,
 * industrial parks and companies, government meetings.
 */
export const HOSPITAL_SUBJECT: SchemaSubject = {
  labels: { 'zh-CN': '医院', en: 'a hospital' },
  cues: [
    '医院',
    '卫生院',
    '保健院',
    '诊所',
    '疾控',
    '卫生健康',
    '卫健',
    '医疗',
    '医学',
    '医生',
    '医师',
    '医务',
    '医护',
    '护士',
    '护理',
    '患者',
    '病人',
    '病患',
    '病房',
    '病区',
    '门诊',
    '急诊',
    '住院',
    '手术',
    '诊疗',
    '诊断',
    '治疗',
    '就医',
    '就诊',
    '科室',
    '临床',
    '床位',
    '内科',
    '外科',
    '院长',
    '我院',
    '该院',
  ],
  otherCues: [
    '学校',
    '学生',
    '教师',
    '老师',
    '校园',
    '师生',
    '课堂',
    '校长',
    '小学',
    '中学',
    '幼儿园',
    '园区',
    '产业园',
    '开发区',
    '工业',
    '企业',
    '公司',
    '厂区',
    '产值',
    '招商',
    '投产',
    '产品',
    '营收',
    '股份',
    '经济',
    '人大',
    '政协',
    '常委会',
    '审议',
    '委员',
  ],
  // The health system in general: a county's health-work meeting names these, and hospitals only
  // as a class (县级医院, 乡镇卫生院), never one hospital.
  fieldCues: ['卫生健康', '卫健', '疾控', '医疗', '医学'],
};

/** The schema's declared subject, the built-in one for the sample schema, or null (no judging). */
export function subjectOf(schema: FieldSchema): SchemaSubject | null {
  if (schema.subject) return schema.subject;
  return schema.id === 'hospital-news' ? HOSPITAL_SUBJECT : null;
}

/** The kind of institution the schema's articles are about (hospital for schemas that say none). */
export function subjectInstitutionOf(schema: FieldSchema): SubjectInstitutionKind {
  return schema.subjectInstitution ?? 'hospital';
}
