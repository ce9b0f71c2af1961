import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces.js";
import type { AwardRoute } from "../rules.ts";
import type { DeclarableIdentity } from "./holder-identity.ts";

/** The namespace of the Caisse des Dépôts' accrochage schema (XSD 1.1.2, reference/cdc-accrochage). */
export const CDC_NAMESPACE = "urn:cdc:cpf:pc5:schema:1.0.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

export interface AccrochageHolder {
  /** The certificate's number: the declaration's idTechnique, stable if it is declared again. */
  certificateNumber: string;
  awardedOn: string;
  route: AwardRoute;
  registeredOn: string;
  identity: DeclarableIdentity;
}

export interface Accrochage {
  fluxId: string;
  /** ISO-8601 UTC timestamp of the file. */
  createdAt: string;
  clientId: string;
  contractId: string;
  /** The certification's type and code at France compétences (RNCP…). */
  certification: { type: string; code: string };
  holders: AccrochageHolder[];
}

/** How the holder reached the award, in the file's words: experience alone, or continuing training. */
const accessOf = (route: AwardRoute) =>
  route === "direct" ? "VAE" : "FORMATION_CONTINUE_HORS_CONTRAT_DE_PROFESSIONNALISATION";

/** The accrochage file: one certifier, one certification, each holder's passage with their identity. */
export function buildAccrochage(file: Accrochage): string {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const flux = doc.ele(CDC_NAMESPACE, "cpf:flux").att("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
  const add = (parent: XMLBuilder, name: string, text?: string | number | boolean | null) => {
    const element = parent.ele(CDC_NAMESPACE, `cpf:${name}`);
    if (text === null) element.att(XSI, "xsi:nil", "true");
    else if (text !== undefined) element.txt(String(text));
    return element;
  };
  add(flux, "idFlux", file.fluxId);
  add(flux, "horodatage", `${file.createdAt.slice(0, 19)}+00:00`);
  const emitter = add(flux, "emetteur");
  add(emitter, "idClient", file.clientId);
  const certifier = add(add(emitter, "certificateurs"), "certificateur");
  add(certifier, "idClient", file.clientId);
  add(certifier, "idContrat", file.contractId);
  const certification = add(add(certifier, "certifications"), "certification");
  add(certification, "type", file.certification.type);
  add(certification, "code", file.certification.code);
  add(certification, "natureDeposant", "CERTIFICATEUR");
  const passages = add(certification, "passageCertifications");
  for (const holder of file.holders) {
    const passage = add(passages, "passageCertification");
    add(passage, "idTechnique", holder.certificateNumber);
    add(passage, "obtentionCertification", "PAR_ADMISSION");
    add(passage, "donneeCertifiee", true);
    add(passage, "dateDebutValidite", holder.awardedOn);
    add(passage, "dateFinValidite", null);
    add(passage, "presenceNiveauLangueEuro", false);
    add(passage, "presenceNiveauNumeriqueEuro", false);
    add(passage, "scoring", null);
    add(passage, "mentionValidee", null);
    const enrolment = add(passage, "modalitesInscription");
    add(enrolment, "modaliteAcces", accessOf(holder.route));
    add(enrolment, "dateInscription", holder.registeredOn);
    addHolder(add(add(passage, "identificationTitulaire"), "titulaire"), holder.identity, add);
  }
  return doc.end({ prettyPrint: true });
}

function addHolder(
  element: XMLBuilder,
  who: DeclarableIdentity,
  add: (parent: XMLBuilder, name: string, text?: string | number | boolean | null) => XMLBuilder,
) {
  add(element, "nomNaissance", who.birthName);
  add(element, "nomUsage", who.usageName);
  for (const [i, name] of who.firstNames.entries()) add(element, `prenom${i + 1}`, name);
  add(element, "anneeNaissance", who.birthYear);
  add(element, "moisNaissance", who.birthMonth);
  add(element, "jourNaissance", who.birthDay);
  add(element, "sexe", who.sex);
  const place = add(element, "codeCommuneNaissance");
  if ("inseeCode" in who.birthPlace)
    add(add(place, "codeInseeNaissance"), "codeInsee", who.birthPlace.inseeCode);
  else add(add(place, "codePostalNaissance"), "codePostal", who.birthPlace.postalCode);
  if (who.birthCity) add(element, "libelleCommuneNaissance", who.birthCity);
  if (who.birthCountryCode) add(element, "codePaysNaissance", who.birthCountryCode);
  if (who.birthCountry) add(element, "libellePaysNaissance", who.birthCountry);
}
