import { Alert, Group, Modal, NavLink, SegmentedControl, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisagreementDto } from '../../../shared/contract/packages';
import { useFieldsStore } from '../fields/fields-store';
import { useAgreementStore } from '../packages/agreement-store';
import { usePackagesStore } from '../packages/packages-store';
import { useAdjudicationStore } from './adjudication-store';
import { DisagreementDetail, type FieldInfo } from './DisagreementDetail';
import { onAdjudicationKey } from './use-adjudication-keys';
import { VersionsPanel } from './VersionsPanel';
import classes from './Adjudication.module.css';

function useFieldInfo(): (key: string) => FieldInfo {
  const { i18n } = useTranslation();
  const fields = usePackagesStore((s) => s.fields);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (key) => {
    const field = fields.find((f) => f.key === key);
    return { label: field?.labels[language] ?? key, type: field?.type ?? 'text' };
  };
}

function DisagreementList({ field }: { field: (key: string) => FieldInfo }) {
  const { t } = useTranslation();
  const items = useAdjudicationStore((s) => s.items);
  const current = useAdjudicationStore((s) => s.current);
  const select = useAdjudicationStore((s) => s.select);
  const currentRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  return (
    <nav className={classes.list} aria-label={t('packages.adjudication.list')}>
      {items.map((item: DisagreementDto, index) => (
        <NavLink
          key={item.key}
          ref={index === current ? currentRef : undefined}
          active={index === current}
          aria-current={index === current ? 'true' : undefined}
          data-key={item.key}
          label={`${t('packages.adjudication.article', { id: item.articleId })} · ${field(item.field).label}`}
          description={t('packages.adjudication.pair', {
            a: item.curators[0],
            b: item.curators[1],
          })}
          onClick={() => select(index)}
        />
      ))}
    </nav>
  );
}

function StatusLines() {
  const { t } = useTranslation();
  const loading = useAdjudicationStore((s) => s.loading);
  const error = useAdjudicationStore((s) => s.error);
  const undone = useAdjudicationStore((s) => s.undone);
  const field = useFieldInfo();
  return (
    <>
      {error && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      {undone && (
        <Alert color="blue" role="status">
          {t('packages.adjudication.undone', {
            field: field(undone.field).label,
            article: undone.articleId,
          })}
        </Alert>
      )}
      {loading && <Text size="sm">{t('packages.adjudication.loading')}</Text>}
    </>
  );
}

function Tabs() {
  const { t } = useTranslation();
  const tab = useAdjudicationStore((s) => s.tab);
  const showVersions = useAdjudicationStore((s) => s.showVersions);
  const showDisagreements = useAdjudicationStore((s) => s.showDisagreements);
  const hasArticle = useAdjudicationStore(
    (s) => s.items[s.current] !== undefined || s.versions !== null,
  );
  return (
    <SegmentedControl
      size="xs"
      value={tab}
      onChange={(value) => (value === 'versions' ? void showVersions() : showDisagreements())}
      data={[
        { value: 'disagreements', label: t('packages.adjudication.tabDisagreements') },
        {
          value: 'versions',
          label: t('packages.adjudication.tabVersions'),
          disabled: !hasArticle,
        },
      ]}
    />
  );
}

/**
 * Keeps the keyboard in the dialog: when the focused element goes away (the edit box after
 * Enter, a decided row), focus returns to the dialog instead of the page behind it, whose own
 * keys would then act on the article under the dialog.
 */
function useKeysStayHere() {
  const ref = useRef<HTMLDivElement>(null);
  const editing = useAdjudicationStore((s) => s.editing);
  const key = useAdjudicationStore((s) => s.items[s.current]?.key);
  const busy = useAdjudicationStore((s) => s.busy);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || editing) return;
    const active = document.activeElement;
    if (!active || active === document.body || !dialog.closest('[role="dialog"]')?.contains(active))
      dialog.focus({ preventScroll: true });
  }, [editing, key, busy]);
  return ref;
}

/**
 * Project → Adjudicate Disagreements… (Ctrl+Shift+D): the values two curators decided
 * differently in overlapping work packages, one at a time, decided with the keyboard.
 */
export function AdjudicationDialog() {
  const { t } = useTranslation();
  const opened = useAdjudicationStore((s) => s.opened);
  const open = useAdjudicationStore((s) => s.open);
  const close = useAdjudicationStore((s) => s.close);
  const items = useAdjudicationStore((s) => s.items);
  const total = useAdjudicationStore((s) => s.total);
  const loading = useAdjudicationStore((s) => s.loading);
  const current = useAdjudicationStore((s) => s.items[s.current]);
  const tab = useAdjudicationStore((s) => s.tab);
  const loadFields = usePackagesStore((s) => s.loadFields);
  const field = useFieldInfo();
  const keys = useKeysStayHere();
  useHotkeys([['mod+shift+D', open]]);
  useEffect(() => {
    if (opened) void loadFields();
  }, [opened, loadFields]);
  const onClose = () => {
    close();
    // The dashboard's count of open disagreements and the fields of the article behind the
    // dialog follow the decisions made.
    void useAgreementStore.getState().load();
    const shown = useFieldsStore.getState().dataArticleId;
    if (shown !== null) void useFieldsStore.getState().load(shown);
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      fullScreen
      title={t('packages.adjudication.title')}
      // On the dialog's root: a key pressed on its close button must not reach the window either.
      onKeyDown={onAdjudicationKey}
    >
      <Stack gap="sm" data-testid="adjudication" ref={keys} tabIndex={-1}>
        <Text size="sm" fw={600} role="status" data-testid="adjudication-count">
          {t('packages.adjudication.openCount', { count: items.length, total })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('packages.adjudication.keys')}
        </Text>
        <Tabs />
        <StatusLines />
        {tab === 'versions' && <VersionsPanel field={field} />}
        {tab === 'disagreements' && !loading && items.length === 0 && (
          <Text size="sm">{t('packages.adjudication.none')}</Text>
        )}
        {tab === 'disagreements' && current && (
          <Group align="flex-start" wrap="nowrap" gap="md">
            <DisagreementList field={field} />
            <DisagreementDetail item={current} field={field(current.field)} />
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
