import type { Platform, PickedFile, SaveOutcome } from './Platform';

/** Opens the browser's file chooser; resolves null when the user cancels. */
function pickFile(accept: string): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.setAttribute('aria-hidden', 'true');
    const done = (value: PickedFile | null) => {
      input.remove();
      resolve(value);
    };
    input.addEventListener('cancel', () => done(null));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done(null);
      file.arrayBuffer().then((buffer) => done({ name: file.name, bytes: new Uint8Array(buffer) }), () => done(null));
    });
    document.body.append(input);
    input.click();
  });
}

function download(name: string, bytes: Uint8Array): SaveOutcome {
  const blob = new Blob([bytes as BlobPart], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { isSaved: true, where: 'your downloads' };
}

export const webPlatform: Platform = {
  kind: 'web',
  pickProjectFile: () => pickFile('.qdpx'),
  saveFile: async (name, bytes) => download(name, bytes),
  onMenuCommand: () => () => undefined,
  setMenuEnabled: () => undefined,
};
