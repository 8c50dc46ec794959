import { SeatsChart } from './seats-chart';

/** The floor for first-load JavaScript: a page whose only script is one recharts chart. */
export default function ChartPage() {
  return (
    <main>
      <h1>Seats in use</h1>
      <SeatsChart />
    </main>
  );
}
