/**
 * A horizontal bar chart of counts (plain elements: no chart library, CSP-safe, readable when printed);
 * `empty` is said instead of an empty table.
 */
export function Bars({
  id,
  title,
  data,
  empty,
  label = (k) => k,
}: {
  id: string;
  title: string;
  data: Record<string, number>;
  empty: string;
  /** the key in words (a destination's name, a status, a programme's name) */
  label?: (key: string) => string;
}) {
  const entries = Object.entries(data).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return (
    <section aria-labelledby={id} className="space-y-1">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <table className="w-full max-w-2xl">
          <tbody>
            {entries.map(([k, n]) => (
              <tr key={k}>
                <th scope="row" className="w-48 pr-2 text-left font-normal">
                  {label(k)}
                </th>
                <td>
                  <progress className="w-full" value={n} max={max} aria-label={`${label(k)}: ${n}`} />
                </td>
                <td className="w-12 pl-2 text-right">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
