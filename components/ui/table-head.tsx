/** The header row of a plain list table: one `th scope="col"` per column name. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead className="bg-surface-2 text-left text-xs text-muted">
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col" className="px-5 py-2 font-medium">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
