import type { Platform, PickedFile, SaveOutcome } from './Platform';

/** File types offered for import; the chooser's "All files" still lets anything through (formats are sniffed). */
const SOURCE_TYPES = '.txt,.docx,.odt,.pdf,.rtf,.vtt,.srt,.csv,.tsv,.xlsx';

/** Opens the browser's file chooser; resolves [] when the user cancels. */
function pickFiles(accept: string, isMultiple: boolean): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = isMultiple;
    input.style.display = 'none';
    input.setAttribute('aria-hidden', 'true');
    const done = (value: PickedFile[]) => {
      input.remove();
      resolve(value);
    };
    input.addEventListener('cancel', () => done([]));
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })))
        .then(done, () => done([]));
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
  pickProjectFile: async () => (await pickFiles('.qdpx', false))[0] ?? null,
  pickSourceFiles: () => pickFiles(SOURCE_TYPES, true),
  saveFile: async (name, bytes) => download(name, bytes),
  onMenuCommand: () => () => undefined,
  setMenuEnabled: () => undefined,
};
