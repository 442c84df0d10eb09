import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { DocumentContext, type DocumentEnv } from '../features/editor/document/documentContext';
import { DocumentEditor, type DocumentEditorProps } from '../features/editor/DocumentEditor';
import { createDocumentRegistry, DocumentRegistryContext } from '../store/documents';

/** A query client that gives up at the first failure, as a test wants. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

/** The editor of one document, with the app-wide providers it expects above it. */
export function renderDocumentEditor(props: DocumentEditorProps, queryClient = testQueryClient()): void {
  render(
    <QueryClientProvider client={queryClient}>
      <DocumentRegistryContext.Provider value={createDocumentRegistry()}>
        <DocumentEditor {...props} />
      </DocumentRegistryContext.Provider>
    </QueryClientProvider>,
  );
}

/** A piece of the editor (a dialog, a panel) inside an open document, as DocumentEditor provides it. */
export function renderInDocument(ui: ReactNode, env: DocumentEnv, queryClient = testQueryClient()): void {
  render(
    <QueryClientProvider client={queryClient}>
      <DocumentRegistryContext.Provider value={createDocumentRegistry()}>
        <DocumentContext.Provider value={env}>{ui}</DocumentContext.Provider>
      </DocumentRegistryContext.Provider>
    </QueryClientProvider>,
  );
}

/** jsdom has no modal dialogs: opening and closing a native <dialog> only sets its attribute. */
export function openDialogsByAttribute(): void {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}
