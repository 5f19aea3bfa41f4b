/** The sample's findings table at tree level 2, as Markdown: the real report's two tables, by hand from sample.json. */
export const SAMPLE_FINDINGS_MD = [
  '### Table 1: Themes and subthemes (Carers and HSC professionals)',
  '',
  '| Theme | Carers | HSC professionals |',
  '| --- | --- | --- |',
  '| Toughest challenges for integrating carer support services | Challenges of adjustment<br>Information sharing<br>Providing person-centred care | Organisational barriers (culture)<br>Organisational barriers (bureaucracy)<br>Organisational barriers (funding) |',
  '| Examples of integrated changes | Having a named contact<br>Being recognised and included | Single assessment and joint visits<br>Carers\' hospital discharge pathway<br>Relationships and joint training |',
  '| Experience of co-production and story-telling | From tick-box to equal partner<br>The cost of taking part | Stories as a mirror for practice<br>Vulnerability and accountability |',
  '',
  '### Table 2: Themes and subthemes',
  '',
  '| Theme | Subthemes |',
  '| --- | --- |',
  '| Integration of services | Communication at discharge<br>Services working together |',
  '| Carer health and well-being | Exhaustion and strain<br>Carer\'s own health put last |',
  '| Carer support | Being noticed and asked<br>Practical support and breaks |',
  '| Cared-for (patient) health and well-being | Safety and health after discharge<br>Dignity and being treated as a person |',
].join('\n');
