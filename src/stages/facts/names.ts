/** A lowercase, dash-joined id from a name: "Kant Air Base" → "kant-air-base". */
export function slug(name: string): string {
  // ASCII has nothing to decompose: most names skip the Unicode normalization
  const bare = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return bare.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unnamed';
}
