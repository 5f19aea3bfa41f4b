/** The integrity check: orphans, positions outside texts, code cycles, duplicate GUIDs. */
export {
  checkIntegrity, integritySummary, INTEGRITY_EXPLANATIONS, INTEGRITY_KINDS, type IntegrityFinding, type IntegrityKind,
} from './checkIntegrity';
export { scanProjectXml, type TextSourceRef, type XmlNode } from './fileScan';
