import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { EditorScreen } from '../features/editor/EditorScreen';
import { PreviewPanel } from '../features/preview/PreviewPanel';
import { Toasts } from '../ui/Toasts';
import { demoConnection } from './connection';
import { createAppQueryClient } from './queryClient';

export function App() {
  const [queryClient] = useState(createAppQueryClient);
  const [connection] = useState(() => demoConnection(window.location));
  return (
    <QueryClientProvider client={queryClient}>
      <header className="topbar">
        <h1 className="brand">
          <img src="./favicon.svg" alt="" />
          Lead Card Studio
        </h1>
        <span className="connection">{connection.label}</span>
      </header>
      <main>
        <EditorScreen client={connection.client} renderPreview={(p) => <PreviewPanel {...p} />} />
      </main>
      <Toasts />
    </QueryClientProvider>
  );
}
