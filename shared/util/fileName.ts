/**
 * A file name from a project name: characters that Windows, macOS or Linux refuse become
 * spaces, and the name is kept short enough for every file system.
 */
export function safeFileName(name: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 100).trim();
  return `${safe || 'Project'}.${extension}`;
}
