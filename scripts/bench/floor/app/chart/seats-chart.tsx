'use client';

import { Bar, BarChart, XAxis, YAxis } from 'recharts';

const SEATS = [
  { name: 'Creator', seats: 53 },
  { name: 'Professional', seats: 12 },
  { name: 'Mobile Worker', seats: 31 },
  { name: 'Viewer', seats: 140 },
];

/** One recharts BarChart of static numbers (seats per user type). */
export function SeatsChart() {
  return (
    <BarChart width={480} height={240} data={SEATS}>
      <XAxis dataKey="name" />
      <YAxis />
      <Bar dataKey="seats" fill="#2563eb" />
    </BarChart>
  );
}
