import type { Strings } from '../strings';
import type { modelEn } from './model.en';

/** 本地模型的有据建议：设置、任务以及原文中找不到的值。 */
export const modelZhCN: Strings<typeof modelEn> = {
  open: '模型…',
  title: '用本地模型建议',
  progress: '正在询问模型 {{done}} / {{total}}',
  settings: {
    title: '模型设置',
    endpoint: '接口地址（兼容 OpenAI）',
    endpointHint: '例如 http://127.0.0.1:11434/v1（Ollama）、http://127.0.0.1:8080/v1（llama.cpp）',
    model: '模型名称',
    timeout: '每篇文章的时限（秒）',
    allowRemote: '允许本机以外的主机',
    allowRemoteHint: '关闭时，文章只发送到本机（localhost、127.x、::1）；打开后文章可能离开本机。',
    save: '保存设置',
    saved: '设置已保存。',
  },
  scope: {
    label: '文章',
    article: '当前文章',
    listed: '列表中的文章（{{count}}）',
    all: '全部文章',
  },
  start: '建议',
  explain:
    '把每篇文章和字段发给模型，要求给出值及其出处的原文。只有在文章中找到原文的值才会成为建议；回答会保存，再次询问不再调用模型。',
  report: {
    title: '模型建议',
    summary:
      '{{articles}} 篇文章：{{suggestions}} 条建议，{{ungrounded}} 个值在原文中找不到；询问 {{asked}} 次，{{cached}} 篇用已有回答。',
    heldBack: '{{heldBack}} 个值未列出：整理员已处理过，或已经存在。',
    locked: '{{locked}} 篇文章未改动（已提交、已通过或分配给其他整理员）。',
    cancelled: '已停止：已完成的文章保留其建议。',
    failures: '未完成：',
  },
  ungrounded: {
    title: '原文中找不到',
    badge: '原文无此',
    hint: '模型给出了这些值，但文章中没有其原文：不高亮，也从不导出。请自己选中原文来添加值。',
    reasons: {
      'not-found': '原文中没有这段引文',
      'empty-quote': '没有给出引文',
      'unknown-field': '没有这个字段',
      'invalid-value': '不是这个字段的值',
    },
  },
};
