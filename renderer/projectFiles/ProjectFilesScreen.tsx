/**
 * Project files: bringing other work in and checking this project (issue 6): merge another
 * project file (a second coder's work), import a codebook, check the project's integrity.
 */
import type { ProjectId } from '../../shared/model';
import { BackupsPanel } from '../backups/BackupsPanel';
import { CodebookImportPanel } from '../codebookImport/CodebookImportPanel';
import { IntegrityPanel } from '../integrity/IntegrityPanel';
import { MergePanel } from '../merge/MergePanel';

export function ProjectFilesScreen({ projectId }: { projectId: ProjectId }) {
  return (
    <>
      <h1>Project files</h1>
      <p className="lead">Merge a colleague's project file into this one, import a codebook from another tool, and check the project for damage.</p>
      <MergePanel projectId={projectId} />
      <CodebookImportPanel projectId={projectId} />
      <IntegrityPanel projectId={projectId} />
      <BackupsPanel projectId={projectId} />
    </>
  );
}
