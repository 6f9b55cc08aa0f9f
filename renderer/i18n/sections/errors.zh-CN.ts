import type { ErrorKey } from '../../../shared/contract/error-messages';
import type { ApiErrorCode } from '../../../shared/contract/errors';
import { detailsZhCN } from './details.zh-CN';

/**
 * Chinese for every main-side error, from its key and parameters. The type lists every key of
 * shared/contract/error-messages.ts, so a new error does not compile until it is said here.
 * Role, status and action parameters arrive already in the UI's words (renderer/i18n/error-text.ts).
 */
const messages: Record<ErrorKey, string> = {
  'unknown-method': '这个版本的拾穗不认识请求“{{method}}”。',
  'input-invalid': '请求 {{method}} 的输入无效：{{issues}}',
  'output-invalid': '请求 {{method}} 的结果不符合约定：{{issues}}',
  'project-file-missing': '没有项目文件 {{file}}。',
  'project-open-failed': '无法打开项目文件 {{file}}：{{reason}}',
  'project-damaged': '项目文件 {{file}} 已损坏（SQLite 检查：{{problems}}）。',
  'not-a-project': '{{file}} 不是拾穗项目文件（或已损坏）：{{reason}}',
  'project-folder-uncreatable': '无法为项目文件 {{file}} 创建文件夹 {{folder}}：{{reason}}',
  'project-folder-readonly':
    '拾穗无法写入 {{folder}}，因此不能安全地打开项目文件 {{file}}。请把文件复制到可写的文件夹，或修改权限。',
  'project-too-new':
    '项目文件 {{file}} 由更新版本的拾穗写入（结构版本 {{found}}；本版本最多支持 {{known}}）。请更新拾穗后再打开。',
  'project-structure-foreign':
    '项目文件 {{file}} 被其他程序改动过：它的结构与拾穗创建的不同（{{objects}}；+ 为新增，~ 为改动，− 为删除）。拾穗不打开它，因为不是拾穗写入的触发器、视图和索引会在你的每次修改中运行，可能悄悄改动你的工作。请恢复备份，或用 SQLite 工具删除这些对象；项目检查会列出全部。',
  'value-not-json':
    '文章 {{articleId}} 的取值 {{valueId}}（字段“{{field}}”）不是有效的 JSON：项目文件被其他程序改动过，或已损坏。没有导出或改动任何内容；项目检查会列出所有这样的取值。请恢复备份，或用 SQLite 工具修正或删除它。',
  'value-wrong-type':
    '文章 {{articleId}} 的取值 {{valueId}}（字段“{{field}}”，类型 {{type}}）与字段类型不符（{{problem}}）：项目文件被其他程序改动过，或已损坏。没有导出或改动任何内容；项目检查会列出所有这样的取值。请在文章中改正它、恢复备份，或用 SQLite 工具删除它。',
  'pattern-too-slow':
    '字段“{{fieldKey}}”的模式“{{name}}”在一段 {{characters}} 个字符的文本上运行超过 {{seconds}} 秒，已被停止：它在重复里再重复（例如 (\\S+)+），或让相同的字符并排重复，在不匹配的文本上要尝试指数级多的方式。请给重复加上界限（{1,20}），或用固定的词语锚定它们。抽取时会跳过它。',
  'save-failed':
    '拾穗无法保存到 {{file}}（{{detail}}）。这次修改没有保存；之前保存的内容都完好无损。',
  'changed-elsewhere':
    '已在别处被修改（现在是第 {{stored}} 版，你看到的是第 {{seen}} 版）。请重新加载后再看。',
  'backup-before-migrate-failed':
    '拾穗没有升级 {{file}}：升级前无法先备份到 {{target}}（{{reason}}）。',
  'backup-missing': '{{folder}} 中没有名为“{{name}}”的备份。',
  'backup-damaged': '备份 {{file}} 也已损坏，请选择更早的备份。',
  'no-sound-backup': '{{folder}} 中没有 {{file}} 的完好备份。',
  'restore-failed':
    '把 {{backup}} 恢复到 {{file}} 失败；项目未被改动，恢复前的状态保存在 {{safetyCopy}}：{{reason}}',
  'restore-waits-for-jobs': '正在运行的任务（{{jobs}}）完成或取消之后才能恢复备份。',
  'backup-onto-itself': '{{file}} 就是项目本身；备份必须写到另一个文件。',
  'no-backup-to-sign-in': '没有 {{file}} 的完好备份，因此没有可登录的身份。',
  'profile-missing': '本项目中没有编号为 {{profileId}} 的身份。',
  'choose-profile-first': '请先选择身份：这个操作要记录是谁做的。',
  'sign-in-first': '请先登录：此窗口尚未登录，每一处修改都要记录是谁做的。',
  'role-required': '只有{{roles}}可以这样做；{{name}}是{{role}}。',
  'profile-retired': '身份 {{name}} 已停用，请选择其他身份。',
  'profile-retired-sign-in': '身份 {{name}} 已停用，不能登录。',
  'profile-name-taken': '已经有名为 {{name}} 的身份。',
  'last-admin': '{{name}} 是最后一位在用的管理员：请先让另一个身份成为管理员，否则无人能管理身份。',
  'wrong-passphrase': '口令不对，无法打开这个身份。请检查后重试。',
  'too-many-passphrases': '{{name}} 的口令错误次数过多：请等 {{seconds}} 秒后再试。',
  'article-missing': '本项目中没有文章 {{articleId}}。',
  'articles-missing-nothing-assigned': '本项目中没有文章 {{articleIds}}；没有分配任何文章。',
  'assignee-retired': '{{name}} 已停用，不能再给其分配文章。',
  'workflow-role': '只有{{roles}}可以对文章 {{articleId}} 执行“{{action}}”；{{name}}是{{role}}。',
  'workflow-wrong-status':
    '不能对文章 {{articleId}} 执行“{{action}}”：它现在是“{{status}}”，需要是“{{statuses}}”。',
  'comment-required': '请写明文章 {{articleId}} 需要改什么：要求修改必须附上意见。',
  'value-needs-comment': '只有写了意见，才能指明某个值。',
  'article-submitted-readonly': '文章 {{articleId}} 已提交，不能修改；审核员要求修改后才能再改。',
  'article-approved-readonly':
    '文章 {{articleId}} 已通过，不能修改；须由审核员重新打开后才能再改。',
  'article-approved-locked': '文章 {{articleId}} 已通过；须由审核员重新打开后才能修改。',
  'article-submitted-locked':
    '文章 {{articleId}} 已提交审核；须退回修改，或通过后重新打开，才能修改。',
  'article-assigned-elsewhere':
    '文章 {{articleId}} 已分配给 {{assignee}}；{{name}} 只能修改自己的或未分配的文章。',
  'self-approval':
    '{{name}} 整理过文章 {{articleId}}，须由另一位审核员通过。管理员可以在项目设置中允许通过自己的工作。',
  'articles-on-other-pages':
    '文章 {{articleId}} 与文章 {{otherId}} 不在同一页；只有同一页的文章才能合并或互移文字。',
  'split-outside-article': '位置 {{at}} 不在文章 {{articleId}} 之内：拆分后的两部分都必须有文字。',
  'merge-needs-two': '合并至少需要两篇文章。',
  'merge-repeated-article': '文章 {{articleId}} 列出了不止一次；合并需要两篇或更多不同的文章。',
  'move-to-itself': '文字不能从文章 {{articleId}} 移到它自己；请选择另一篇文章。',
  'move-range-empty': '文章 {{articleId}} 在 {{start}}–{{end}} 没有文字。',
  'move-whole-article': '这是文章 {{articleId}} 的全部文字：请改为合并这两篇文章。',
  'correction-missing': '本项目中没有可撤销的分篇更正 {{correctionId}}。',
  'correction-too-old': '更正 {{correctionId}} 由旧版本的拾穗记录，无法撤销。',
  'correction-page-gone': '更正 {{correctionId}} 所在的页面已不在本项目中，没有可撤销的内容。',
  'correction-page-changed': '这一页在更正之后又改动过，无法撤销。请重新加载查看当前的页面。',
  'id-taken': '编号 {{id}} 已被占用，无法恢复。',
  'change-cuts-provenance':
    '这个改动会把值 {{valueId}}（字段 {{fieldKey}}）的出处 {{start}}–{{end}} 切成两半；请选在它之外的位置。',
  'document-missing': '本项目中没有文档 {{documentId}}。',
  'redecode-table-row': '{{name}} 是表格中的一行：请用正确的编码重新导入整个表格文件。',
  'redecode-unreadable': '无法按 {{encoding}} 读取 {{name}}：{{reason}}',
  'redecode-duplicate': '按 {{encoding}} 读取后，{{name}} 与项目中已有的 {{other}} 内容相同。',
  'redecode-curated': '{{name}} 已有整理过的文章；重新解码会移动所有高亮。请先撤销整理。',
  'encoding-unknown': '无法导入：不认识编码“{{encoding}}”。',
  'value-missing': '本项目中没有值 {{valueId}}。',
  'value-of-other-article': '值 {{valueId}} 属于文章 {{owner}}，不属于文章 {{articleId}}。',
  'revision-missing': '值 {{valueId}} 没有可以退回的第 {{revision}} 版。',
  'span-already-in-value': '出处 {{start}}–{{end}} 已经是值 {{valueId}} 的一部分。',
  'span-missing': '值 {{valueId}} 没有出处 {{start}}–{{end}}。',
  'span-only-source':
    '出处 {{start}}–{{end}} 是值 {{valueId}}（“{{raw}}”）唯一的来源，且该值由抽取建议：请改为拒绝这个值。',
  'span-outside-article': '出处 {{spans}} 不在文章 {{articleId}} 之内。',
  'spans-outside-article': '出处 {{spans}} 不在文章 {{articleId}} 之内。',
  'field-unknown': '字段方案中没有字段“{{fieldKey}}”。',
  'field-retired':
    '字段“{{fieldKey}}”已停用：它的值仍然保留，但不能再添加、修改、接受或拒绝。请在“字段设置…”中恢复该字段后再修改。',
  'fields-unknown': '字段方案中没有字段 {{fields}}（现有字段：{{known}}）。',
  'value-unparseable': '“{{text}}”不是字段“{{fieldZh}}”的有效{{type}}。',
  'value-text-required': '请为“{{fieldZh}}”输入值：没有出处的值需要填写文字。',
  'field-holds-one-value':
    '“{{fieldZh}}”只能有一个值，已有“{{raw}}”（值 {{valueId}}）：请修改或拒绝那个值，而不是再添加一个。',
  'extracted-value-remove':
    '值 {{valueId}}（“{{raw}}”）是抽取建议的：请拒绝它而不是删除，这样它不会再被建议。',
  'order-changed-elsewhere':
    '文章 {{articleId}} 中 {{fieldKey}} 的顺序在你看到之后被别处修改了。请重新加载文章。',
  'order-incomplete':
    '请把文章 {{articleId}} 中 {{fieldKey}} 的每个值恰好列出一次（{{problems}}）。',
  'confidence-out-of-range': '最低置信度必须在 0 到 1 之间。',
  'confidence-range-inverted': '最低置信度高于最高置信度。',
  'schema-invalid': '字段方案无效：\n- {{problems}}',
  'schema-id-mismatch': '本项目的字段方案是“{{current}}”；编号为“{{given}}”的方案不能替换它。',
  'schema-changed-elsewhere':
    '字段方案已在别处修改（现在是第 {{current}} 版，这次编辑基于第 {{given}} 版）。请重新打开字段设置查看。',
  'schema-change-orphans': '这样修改会丢掉已有的取值：{{problems}}',
  'saved-search-missing': '本项目中没有已保存的搜索 {{id}}。',
  'saved-search-name-missing': '没有名为“{{name}}”的已保存搜索。',
  'saved-search-not-yours':
    '已保存的搜索“{{search}}”是 {{owner}} 建的：只有建它的人或管理员可以替换或删除它，{{name}} 不行。请用别的名字保存你的搜索。',
  'package-missing': '没有工作包 {{file}}。',
  'package-from-other-project':
    '工作包 {{file}} 来自另一个项目（{{source}}）。请把它合并回它所来自的项目。',
  'package-empty-selection': '所选范围内没有文章，没有可打包的内容。',
  'package-no-stamp':
    '{{file}} 不是工作包：它没有工作包标记。请用“gleaner package create”或“项目 → 创建工作包…”制作工作包。',
  'package-rows-invalid':
    '工作包 {{file}} 中有 {{count}} 行本项目无法接收，因此什么都没有合并：{{problems}}。这个工作包在制作之后被改动过（被其他程序改动，或磁盘损坏）；请向它的整理员要一份完好的副本。',
  'package-audit-forged':
    '工作包 {{file}} 的审计日志在拾穗之外被改动过（{{problem}}），它的记录已无法证明是谁做了什么，因此什么都没有合并。请向它的整理员要一份完好的副本。',
  'package-stamp-invalid': '{{file}}：工作包标记不是有效的 JSON。',
  'package-stamp-unknown-format': '{{file}}：工作包标记的格式不是这个版本的拾穗所认识的。',
  'agreement-different-projects':
    '{{fileA}} 与 {{fileB}} 来自不同的项目，比较它们的一致性没有意义。',
  'export-path-not-absolute': '请给出要写入文件的完整路径，而不是“{{file}}”。',
  'folder-missing': '文件夹 {{folder}} 不存在。',
  'output-is-project':
    '{{file}} 就是（或包含）项目 {{project}} 本身（项目文件、其附属文件或备份）；即使已确认替换，也不会写到那里。请选择别的文件或文件夹。',
  'dataset-folder-foreign':
    '{{folder}} 里有 {{entry}}，它不是拾穗导出的数据集写入的：数据集只会替换空文件夹或之前导出的数据集（只含其清单列出的文件），即使已确认替换也是如此。请换一个新的文件夹名，或先把 {{entry}} 移走。',
  'file-exists': '{{file}} 已存在。请换一个名字，或确认替换它。',
  'export-format-unknown': '不认识导出格式“{{format}}”（可用：{{formats}} 或 dataset）。',
  'date-invalid': '{{name}} 必须是 ISO 日期，例如 2026-01-31',
  'status-filter-unknown': '不认识的状态筛选 {{status}}。',
  'job-missing': '没有任务 {{jobId}}（任务只保留到关闭程序为止）。',
  'import-job-failed': '{{detail}}。已经导入的文件都保留着。',
  'extract-job-failed': '{{detail}}。已经保存的建议值都保留着。',
  'export-job-failed': '导出没有完成：{{detail}}。没有写出不完整的文件。',
  'suggest-job-failed': '模型建议没有完成：{{detail}}。已经保存的建议值都保留着。',
  'job-write-failed': '无法写入项目文件：{{detail}}。之前保存的内容都没有丢失。',
  'import-job-stopped': '工作线程意外退出（退出码 {{exitCode}}）。已经导入的文件都保留着。',
  'export-job-stopped': '导出意外中止（工作线程退出码 {{exitCode}}）。没有写出不完整的文件。',
  'reply-has-no-anchor': '回复跟随它所回复的评论，不能单独指向某个值或某段文字。',
  'comment-missing': '本项目中没有评论 {{commentId}}。',
  'comment-other-article':
    '评论 {{commentId}} 在文章 {{threadArticleId}} 上，而不在文章 {{articleId}} 上。',
  'comment-span-mismatch':
    '文章 {{articleId}} 第 {{start}}–{{end}} 个字的文字是 {{found}}，而不是 {{given}}。',
  'comment-two-anchors': '一条评论只能指向一个值或一段文字，不能同时指向两者。',
  'comment-is-reply':
    '评论 {{commentId}} 是一条回复；请把它所回复的评论（评论 {{threadId}}）标为已解决。',
  'disagreement-already-adjudicated': '分歧 {{key}} 已经裁决过了。',
  'adjudicated-value-changed':
    '文章 {{articleId}} 的值 {{valueId}} 在你查看之后已在别处被修改（现在是第 {{stored}} 版，你看到的是第 {{seen}} 版）。请重新加载分歧查看。',
  'disagreement-not-adjudicated': '分歧 {{key}} 尚未裁决。',
  'disagreement-missing': '没有分歧 {{key}}：它所比较的整理员版本不在本项目中。',
  'adjudication-edit-text-required': '请输入要保留的值：修改需要填写文字。',
  'learn-text-empty': '请输入要学习的文字：现在是空的。',
  'lexicon-field-not-learnable':
    '字段“{{fieldZh}}”的值是{{type}}：词表只适用于给事物命名的字段（文本、机构、人物、地点、选项）。',
  'lexicon-file-kind':
    '{{name}}：词表只能从逗号分隔的文本文件或电子表格工作簿读取（每行“文字”或“文字,值”）；其他格式的表格请先另存为工作簿或逗号分隔的文件。',
  'lexicon-workbook-invalid': '无法读取工作簿：{{message}}',
  'lexicon-workbook-not-workbook': '{{file}} 不是电子表格工作簿；请另存为工作簿或逗号分隔的文件。',
  'lexicon-workbook-no-sheet': '{{file}}：工作簿中没有工作表。',
  'lexicon-workbook-empty': '{{file}} 的工作表“{{sheet}}”是空的。',
  'lexicon-workbook-formula':
    '{{file}} 的工作表“{{sheet}}”中，单元格 {{cell}} 是公式；词表只接受输入的值（请粘贴为数值）。',
  'lexicon-workbook-error-cell':
    '{{file}} 的工作表“{{sheet}}”中，单元格 {{cell}} 是错误值；请改正或清空该单元格。',
  'lexicon-workbook-too-big': '{{file}} 超出了词表允许的大小。',
  'lexicon-workbook-too-many-rows':
    '{{file}} 的工作表“{{sheet}}”：第 {{row}} 行超出了词表允许的 {{limit}} 行。',
  'lexicon-file-unreadable': '无法读取 {{file}}：{{reason}}',
  'lexicon-file-undecodable': '{{name}}：无法识别文件的文字编码。',
  'pattern-field-missing': '字段方案中没有字段“{{fieldKey}}”。',
  'patterns-invalid': '模式无效：{{problems}}',
  'model-endpoint-missing': '模型设置中没有填写接口地址。',
  'model-name-missing': '模型设置中没有填写模型名称。',
  'model-endpoint-invalid': '模型设置中的接口地址不是有效的网址。',
  'model-endpoint-not-local':
    '模型设置中的接口不在本机。要把文章发送到那里，请先在项目设置中允许远程模型接口。',
  'model-articles-missing': '{{project}} 中没有文章 {{articleIds}}（导出的数据列有文章编号）。',
  'schema-unusable': '字段方案无法使用：\n- {{problems}}',
  'schema-choice-unreadable':
    '“{{choice}}”既不是内置字段方案（{{builtIns}}），也不是可读取的文件：{{reason}}',
  'schema-switch-has-values':
    '本项目已有字段方案“{{current}}”的 {{values}} 个值，因此不能换成“{{given}}”。请为它新建项目，或在“字段设置…”中修改字段。',
  'schema-choice-has-values':
    '本项目已有 {{values}} 个值：请在“字段设置…”中修改它的字段方案“{{current}}”，这样每个值都会保留。',
  'init-file-exists': '{{file}} 已存在；新建项目从不替换已有文件。',
  'schema-export-file-exists': '{{file}} 已存在。',
  'schema-file-unreadable': '无法读取 {{file}}：{{reason}}',
  'value-has-no-parts': '字段“{{fieldZh}}”的值没有分项，请直接修改它的文字。',
  'value-parts-unknown': '这种值没有这些分项：{{unknown}}。',
  'value-parts-refused': '字段“{{fieldZh}}”的这个值没有保存：{{problems}}。',
  'request-body-not-json': '发给 {{method}} 的请求不是有效的 JSON。',
  'request-body-too-deep': '发给 {{method}} 的请求嵌套超过 {{limit}} 层。',
  'request-body-too-large':
    '发给 {{method}} 的请求超过 {{limitMb}} MB。大文件请从本机的文件夹导入，不要经浏览器上传。',
  'file-name-too-long': '{{file}}：路径中有名称太长，文件系统不接受。',
  'file-access-denied': '拾穗无权使用 {{file}}（它或它所在的文件夹是只读的或受保护）。',
  'file-is-folder': '{{file}} 是文件夹，不是文件。',
  'file-parent-not-folder': '路径 {{file}} 中有一部分是文件，不是文件夹。',
  'file-not-regular': '{{file}} 不是普通文件（而是管道、套接字或设备）；请选择一个文件。',
  'file-too-large': '{{file}} 超过 {{limitMb}} MB，无法读取。',
  'file-not-found': '没有文件或文件夹 {{file}}。',
  'file-link-loop': '{{file}}：符号链接互相指向，形成循环。',
  'disk-full': '写入 {{file}} 时磁盘已满（或文件超过了允许的大小）。之前保存的内容都没有丢失。',
  'backup-failed': '备份到 {{file}} 失败（{{reason}}）；项目本身没有改变。磁盘是否已满？',
  'file-system-failed': '操作系统拒绝了对 {{file}} 的操作（{{operation}}，{{errno}}）。',
};

const codes: Record<ApiErrorCode, string> = {
  'unknown-method': '这个版本的拾穗不认识该请求。',
  'invalid-input': '请求被拒绝：有输入无效。',
  'invalid-output': '拾穗给出了不该有的结果；没有任何改动。',
  'not-found': '本项目中没有所要的内容。',
  conflict: '已在别处被修改，请重新加载查看。',
  'project-too-new': '项目文件由更新版本的拾穗写入。',
  'project-unreadable': '无法读取项目文件。',
  forbidden: '你的身份不能这样做。',
  'file-exists': '文件已存在。',
  internal: '拾穗内部出错；之前保存的内容都没有丢失。',
};

export const errorsZhCN = {
  title: '出错了',
  dismiss: '关闭',
  details: '详细信息（用于报告问题）',
  codes,
  messages,
  /** An error's details (a schema problem, a system failure) by their codes. */
  detail: detailsZhCN,
  skipReasons: {
    'not-found': '找不到文件或文件夹',
    unreadable: '无法读取',
    'unsupported-type': '不是可导入的文件类型',
    'symlink-loop': '链接循环',
    'too-large': '文件太大',
    empty: '空文件',
    binary: '二进制文件',
    undecodable: '无法解码',
    'low-confidence': '编码无法确定',
    'unknown-encoding': '未知编码',
    'unsupported-encoding': '不支持的编码',
    mojibake: '乱码',
    failed: '无法导入',
  },
  ui: {
    valueGone: '值 {{valueId}} 已不在本项目中。',
    valueReplaced: '值 {{valueId}} 后来被删除又重新添加；它以前的版本无法恢复。',
  },
};
